"use client";

import { startTransition, useMemo, useOptimistic, useState } from "react";
import { saveChatModelAsCookie } from "@/app/(chat)/actions";
import { entitlementsByUserType } from "@/lib/ai/entitlements";
import { chatModels } from "@/lib/ai/models";
import { cn } from "@/lib/utils";

export function ModelSelector({
  session,
  selectedModelId,
  className,
}: {
  session: { user: { type: "guest" | "regular" } };
  selectedModelId: string;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [optimisticModelId, setOptimisticModelId] = useOptimistic(selectedModelId);

  const { availableChatModelIds } = entitlementsByUserType[session.user.type];
  const available = useMemo(() => chatModels.filter((m) => availableChatModelIds.includes(m.id)), [availableChatModelIds]);
  const selected = available.find((m) => m.id === optimisticModelId);

  return (
    <div className={cn("w-fit data-[state=open]:bg-accent md:px-2 md:h-[34px]", className)} data-testid="model-selector">
      <button type="button" onClick={() => setOpen(!open)} aria-expanded={open} className="hover:bg-muted dark:hover:bg-zinc-800">
        {selected?.name}
      </button>
      {open && (
        <ul role="menu" className="min-w-[300px] sm:min-w-[360px]">
          {available.map((m) => (
            <li
              key={m.id}
              role="menuitem"
              data-testid={`model-selector-item-${m.id}`}
              data-active={m.id === optimisticModelId}
              onClick={() => {
                setOpen(false);
                startTransition(() => {
                  setOptimisticModelId(m.id);
                  saveChatModelAsCookie(m.id);
                });
              }}
            >
              <span className="font-medium">{m.name}</span>
              <span className="text-xs text-muted-foreground">{m.description}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
