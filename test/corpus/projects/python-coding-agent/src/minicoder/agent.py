"""Minimal agent loop (mini-swe-agent DefaultAgent style)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from .models import Model

CONFIG_DIR = Path(__file__).parent / "config"


class Agent:
    def __init__(self, config_name: str = "default.yaml"):
        cfg = yaml.safe_load((CONFIG_DIR / config_name).read_text())
        self.config = cfg["agent"]
        model_cfg = cfg["model"]
        self.model = Model(model_cfg["model_name"], weak_model=model_cfg.get("weak_model_name"))
        self.model_kwargs = model_cfg.get("model_kwargs", {})
        self.messages: list[dict] = [{"role": "system", "content": self.config["system_template"]}]

    def step(self) -> str:
        resp = self.model.send(self.messages, **self.model_kwargs)
        content = resp.choices[0].message.content
        self.messages.append({"role": "assistant", "content": content})
        actions = re.findall(r"```bash\n(.*?)\n```", content, re.DOTALL)
        if len(actions) != 1:
            return self.config["format_error_template"]
        out = subprocess.run(actions[0], shell=True, capture_output=True, text=True, timeout=60)
        observation = out.stdout + out.stderr
        self.messages.append({"role": "user", "content": observation})
        return observation
