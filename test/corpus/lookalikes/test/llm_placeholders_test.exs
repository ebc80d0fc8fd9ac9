# Lookalike corpus: imitates an ExUnit test module of a Jido AI / ReqLLM app
# (test/my_app/..._test.exs). Tests use placeholder model specs — "test:model",
# "custom:model", "test", "fake-model", "mock:echo" — and stub ReqLLM with Mimic.
# unknown-model is off in test files by default, so none of these may be flagged.
# Real IDs also appear: "anthropic:claude-haiku-4-5", {:openai, "gpt-4o-mini"}.
defmodule MyApp.Agents.SupportAgentTest do
  use ExUnit.Case, async: true
  use Mimic

  alias MyApp.Agents.SupportAgent
  alias ReqLLM.{Message, Response}

  defmodule TestAgent do
    use Jido.AI.Agent,
      name: "test_support_agent",
      model: "test:model"
  end

  defmodule CustomModelAgent do
    use Jido.AI.Agent,
      name: "custom_model_agent",
      model: "custom:model",
      system_prompt: "Answer tersely."
  end

  setup :verify_on_exit!

  defp fake_response(text, model \\ "test:model") do
    {:ok,
     %Response{
       id: "resp_test",
       model: model,
       context: nil,
       message: %Message{role: :assistant, content: [ReqLLM.Message.ContentPart.text(text)]},
       usage: %{input_tokens: 3, output_tokens: 5},
       finish_reason: :stop,
       provider_meta: %{}
     }}
  end

  describe "answer/2" do
    test "uses the configured model" do
      expect(ReqLLM, :generate_text, fn model, _messages, _opts ->
        assert model == "test:model"
        fake_response("hello")
      end)

      assert {:ok, "hello"} = SupportAgent.answer("hi", model: "test:model")
    end

    test "accepts a bare placeholder" do
      stub(ReqLLM, :generate_text, fn _model, _messages, _opts -> fake_response("ok", "test") end)
      assert {:ok, "ok"} = SupportAgent.answer("hi", model: "test")
    end

    test "accepts tuples" do
      stub(ReqLLM, :generate_text, fn {:fake, "fake-model"}, _messages, _opts -> fake_response("tuple") end)
      assert {:ok, "tuple"} = SupportAgent.answer("hi", model: {:fake, "fake-model"})
    end

    test "echo provider for snapshot tests" do
      stub(ReqLLM, :generate_text, fn "mock:echo", [msg | _], _opts -> fake_response(msg.content) end)
      assert {:ok, _} = SupportAgent.answer("ping", model: "mock:echo")
    end
  end

  describe "defaults" do
    test "production defaults are real models" do
      assert SupportAgent.default_model() == "anthropic:claude-haiku-4-5"
      assert SupportAgent.fallback_model() == {:openai, "gpt-4o-mini"}
    end

    test "agent modules carry their placeholder model" do
      assert TestAgent.model() == "test:model"
      assert CustomModelAgent.model() == "custom:model"
    end
  end
end
