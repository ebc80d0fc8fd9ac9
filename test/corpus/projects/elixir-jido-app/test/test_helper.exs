Mimic.copy(ReqLLM)
Mimic.copy(Jido.AI.Model.Registry)
Mimic.copy(ReqLLM.Provider.Registry)

ExUnit.start(exclude: [:live], capture_log: true)
