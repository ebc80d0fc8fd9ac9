// Lookalike corpus: imitates a Redux Toolkit store for an LLM playground (createSlice /
// createAsyncThunk action types such as "users/fetchById", "models/fetchAll",
// "anthropic/setApiKey"; localStorage keys; analytics event names). Redux action types are
// "slice/action" strings, not "provider/model" IDs. Real model usage: the default selected
// model "claude-haiku-4-5" and "gemini-2.5-flash".
import { createAsyncThunk, createSlice, createSelector } from "@reduxjs/toolkit";

const STORAGE_KEY = "playground:v2:settings";

export const fetchUserById = createAsyncThunk("users/fetchById", async (userId, { signal }) => {
  const res = await fetch(`/api/v0/users/${userId}`, { signal, headers: { Accept: "application/json" } });
  return res.json();
});

export const fetchModels = createAsyncThunk("models/fetchAll", async () => {
  const res = await fetch("/api/models?provider=all&sort=release_date:desc");
  return res.json();
});

export const sendPrompt = createAsyncThunk("chat/sendMessage", async ({ prompt, model }, { getState }) => {
  const { settings } = getState();
  const res = await fetch("/api/chat", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ prompt, model, temperature: settings.temperature }),
  });
  if (!res.ok) throw new Error(`chat/sendMessage failed: ${res.status}`);
  return res.json();
});

const initialState = {
  selectedModel: "claude-haiku-4-5",
  fallbackModel: "gemini-2.5-flash",
  temperature: 0.7,
  providerFilter: "all",
  status: "idle",
  byId: {},
};

const modelsSlice = createSlice({
  name: "models",
  initialState,
  reducers: {
    modelSelected(state, action) {
      state.selectedModel = action.payload;
    },
    providerFilterChanged(state, action) {
      state.providerFilter = action.payload;
    },
  },
  extraReducers: (builder) => {
    builder
      .addCase(fetchModels.pending, (state) => {
        state.status = "loading";
      })
      .addCase(fetchModels.fulfilled, (state, action) => {
        state.status = "succeeded";
        for (const m of action.payload) state.byId[`${m.provider}:${m.id}`] = m;
      })
      .addCase("anthropic/setApiKey", (state) => {
        state.status = "idle";
      })
      .addCase("openai/rateLimited", (state) => {
        state.status = "throttled";
      });
  },
});

const keysSlice = createSlice({
  name: "keys",
  initialState: { openai: "", anthropic: "", google: "" },
  reducers: {
    keySet: {
      reducer(state, action) {
        state[action.payload.provider] = action.payload.value;
      },
      prepare(provider, value) {
        return { payload: { provider, value }, meta: { persist: "session" } };
      },
    },
  },
});

export const selectModels = (state) => state.models.byId;
export const selectAnthropicModels = createSelector([selectModels], (byId) =>
  Object.values(byId).filter((m) => m.provider === "anthropic"),
);

export function persist(store) {
  store.subscribe(() => {
    const { models } = store.getState();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ selectedModel: models.selectedModel }));
    window.gtag?.("event", "settings:changed", { event_category: "playground/settings" });
  });
}

export const { modelSelected, providerFilterChanged } = modelsSlice.actions;
export const { keySet } = keysSlice.actions;
export default { models: modelsSlice.reducer, keys: keysSlice.reducer };
