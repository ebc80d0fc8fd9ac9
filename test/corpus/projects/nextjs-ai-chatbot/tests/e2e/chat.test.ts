import { expect, test } from "@playwright/test";

test.describe("chat activity", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
  });

  test("send a user message and receive response", async ({ page }) => {
    await page.getByTestId("multimodal-input").fill("Why is grass green?");
    await page.getByTestId("send-button").click();
    await expect(page.getByTestId("message-assistant").last()).toContainText("It's just green duh!");
  });

  test("switch model with the selector", async ({ page }) => {
    await page.getByTestId("model-selector").click();
    await page.getByTestId("model-selector-item-chat-model-reasoning").click();
    await expect(page.getByTestId("model-selector")).toHaveAttribute("data-model", "chat-model-reasoning");
  });

  test("mock models are used in tests", async ({ request }) => {
    const res = await request.post("/api/chat", {
      data: { selectedChatModel: "chat-model", message: { role: "user", parts: [{ type: "text", text: "hi" }] } },
    });
    expect(res.status()).toBe(200);
  });
});
