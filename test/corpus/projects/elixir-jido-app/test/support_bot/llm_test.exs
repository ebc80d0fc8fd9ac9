defmodule SupportBot.LLMTest do
  use ExUnit.Case, async: true
  use Mimic

  import SupportBot.RegistryHelpers, only: [fake_response: 1]

  alias SupportBot.LLM

  setup :verify_on_exit!

  test "triage uses the configured placeholder model" do
    expect(ReqLLM, :generate_text, fn "test:model", _messages, opts ->
      assert opts[:temperature] == 0.0
      fake_response("billing")
    end)

    assert {:ok, %{text: "billing"}} = LLM.triage("I was charged twice")
  end

  test "summaries accept tuple specs" do
    expect(ReqLLM, :generate_text, fn {:test, "model"}, _prompt, _opts -> fake_response("short") end)
    assert {:ok, %{text: "short"}} = LLM.summarize("a long thread")
  end

  test "a bare placeholder passes through" do
    stub(ReqLLM, :generate_text, fn "test", _prompt, _opts -> fake_response("ok") end)
    assert {:ok, _} = ReqLLM.generate_text("test", "hi", [])
  end

  test "custom providers are opaque to the wrapper" do
    stub(ReqLLM, :generate_text, fn "custom:model", _messages, _opts -> fake_response("img") end)
    assert {:ok, %{text: "img"}} = ReqLLM.generate_text("custom:model", [], [])
  end
end
