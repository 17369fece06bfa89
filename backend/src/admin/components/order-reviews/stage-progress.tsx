import { CheckMini, XMarkMini } from "@medusajs/icons"
import { clx, Text } from "@medusajs/ui"
import { Fragment } from "react"
import { useTranslation } from "react-i18next"
import { ReviewStageProgress } from "../../lib/order-review-types"

type State = "decided" | "current" | "waiting" | "rejected" | "todo"

type Props = {
  stages: ReviewStageProgress[]
  /** The review's status and stage: a rejected or paused review shows where it stopped. */
  reviewStatus: string
  stageId: string | null | undefined
}

function stateOf(s: ReviewStageProgress, reviewStatus: string, stageId: string | null | undefined): State {
  if (s.decided) return "decided"
  if (s.current) return "current"
  if (s.id === stageId && reviewStatus === "rejected") return "rejected"
  if (s.id === stageId && reviewStatus === "changes_requested") return "waiting"
  return "todo"
}

/** The stages in order: decided ones ticked, the current one highlighted, later ones muted. */
export const StageProgress = ({ stages, reviewStatus, stageId }: Props) => {
  const { t } = useTranslation()
  if (stages.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("dealermall.reviewPanel.singleStep")}
      </Text>
    )
  }
  return (
    <ol className="flex flex-wrap items-center gap-x-1 gap-y-2" data-testid="review-stages">
      {stages.map((s, i) => {
        const state = stateOf(s, reviewStatus, stageId)
        return (
          <Fragment key={s.id}>
            {i > 0 && <span className={clx("h-px w-4", state === "todo" ? "bg-ui-border-strong" : "bg-ui-fg-interactive")} />}
            <li
              className={clx("txt-compact-xsmall-plus flex items-center gap-x-1 rounded-full border px-2 py-0.5", {
                "border-ui-tag-green-border bg-ui-tag-green-bg text-ui-tag-green-text": state === "decided",
                "border-ui-tag-orange-border bg-ui-tag-orange-bg text-ui-tag-orange-text": state === "current",
                "border-ui-tag-blue-border bg-ui-tag-blue-bg text-ui-tag-blue-text": state === "waiting",
                "border-ui-tag-red-border bg-ui-tag-red-bg text-ui-tag-red-text": state === "rejected",
                "border-ui-border-base text-ui-fg-muted": state === "todo",
              })}
              aria-current={state === "current" ? "step" : undefined}
              title={t(`dealermall.reviewPanel.stageState.${state}`)}
              data-state={state}
            >
              {state === "decided" ? (
                <CheckMini className="size-3.5" />
              ) : state === "rejected" ? (
                <XMarkMini className="size-3.5" />
              ) : (
                <span
                  className={clx(
                    "flex size-3.5 items-center justify-center rounded-full text-[10px] leading-none",
                    state === "current" && "bg-ui-tag-orange-icon text-ui-fg-on-color",
                    state === "waiting" && "bg-ui-tag-blue-icon text-ui-fg-on-color",
                    state === "todo" && "bg-ui-bg-component text-ui-fg-muted"
                  )}
                >
                  {i + 1}
                </span>
              )}
              {s.name}
            </li>
          </Fragment>
        )
      })}
    </ol>
  )
}
