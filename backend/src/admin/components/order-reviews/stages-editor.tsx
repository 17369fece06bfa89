import { ArrowDownMini, ArrowUpMini, Plus, Trash } from "@medusajs/icons"
import { Button, Container, Heading, IconButton, Input, Skeleton, Text, toast, usePrompt } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useReviewStages, useSaveReviewStages, useStaffUsers } from "../../lib/order-reviews"
import { ReviewStage } from "../../lib/order-review-types"
import { EmptyState } from "../dealers/empty-state"
import { FormField } from "../dealers/form-field"
import { StaffPicker } from "./staff-picker"

type Row = { key: string; id?: string; name: string; user_ids: string[] }

// The API accepts at most 10 stages with names of up to 40 characters.
const MAX_STAGES = 10
const MAX_NAME = 40

let seq = 0
const newKey = () => `new-${++seq}`

function toRows(stages: ReviewStage[]): Row[] {
  return stages.map((s) => ({ key: s.id, id: s.id, name: s.name, user_ids: [...(s.user_ids ?? [])] }))
}

function sameRows(a: Row[], b: Row[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (r, i) =>
        r.id === b[i].id &&
        r.name.trim() === b[i].name.trim() &&
        r.user_ids.length === b[i].user_ids.length &&
        r.user_ids.every((u) => b[i].user_ids.includes(u))
    )
  )
}

const StagesForm = ({ initial }: { initial: Row[] }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const save = useSaveReviewStages()
  const { data: users } = useStaffUsers()
  const [rows, setRows] = useState<Row[]>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const dirty = useMemo(() => !sameRows(rows, initial), [rows, initial])

  const patch = (key: string, p: Partial<Row>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)))
    if (p.name !== undefined) setErrors((e) => ({ ...e, [key]: "" }))
  }
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs]
      const j = i + by
      if (j < 0 || j >= next.length) return rs
      ;[next[i], next[j]] = [next[j], next[i]]
      return next
    })
  const remove = async (row: Row) => {
    if (row.id) {
      const ok = await prompt({
        title: t("dealermall.reviewSettings.stages.removeTitle", { name: row.name || "—" }),
        description: t("dealermall.reviewSettings.stages.removeDescription"),
        confirmText: t("dealermall.actions.remove"),
        cancelText: t("dealermall.actions.cancel"),
      })
      if (!ok) return
    }
    setRows((rs) => rs.filter((r) => r.key !== row.key))
  }
  const add = () => {
    const key = newKey()
    setRows((rs) => [...rs, { key, name: "", user_ids: [] }])
    // Focus the new name box once it is rendered.
    setTimeout(() => document.getElementById(`stage-name-${key}`)?.focus(), 0)
  }

  const submit = async () => {
    const next: Record<string, string> = {}
    const seen = new Set<string>()
    for (const r of rows) {
      const name = r.name.trim()
      if (!name) next[r.key] = t("dealermall.dialogs.errors.required")
      else if (seen.has(name)) next[r.key] = t("dealermall.reviewSettings.stages.duplicate")
      seen.add(name)
    }
    setErrors(next)
    if (Object.values(next).some(Boolean)) return
    // mutateAsync: a save re-keys (remounts) this form, which would drop mutate callbacks.
    try {
      await save.mutateAsync(rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name.trim(), user_ids: r.user_ids })))
      toast.success(t("dealermall.reviewSettings.stages.saved"))
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) })
    }
  }

  return (
    <>
      {rows.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle" data-testid="stages-empty">
            {t("dealermall.reviewSettings.stages.empty")}
          </Text>
        </div>
      ) : (
        <ol className="flex flex-col divide-y" data-testid="stage-list">
          {rows.map((r, i) => (
            <li key={r.key} className="grid grid-cols-[32px_1fr_auto] items-start gap-x-3 px-6 py-4" data-testid="stage-row">
              <span className="txt-compact-small-plus text-ui-fg-subtle bg-ui-bg-component mt-7 flex size-6 items-center justify-center rounded-full border tabular-nums">
                {i + 1}
              </span>
              <div className="grid grid-cols-1 gap-3 md:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
                <FormField id={`stage-name-${r.key}`} label={t("dealermall.reviewSettings.stages.name")} error={errors[r.key] || undefined}>
                  <Input
                    id={`stage-name-${r.key}`}
                    size="small"
                    maxLength={MAX_NAME}
                    placeholder={t("dealermall.reviewSettings.stages.namePlaceholder")}
                    value={r.name}
                    onChange={(e) => patch(r.key, { name: e.target.value })}
                    aria-invalid={!!errors[r.key]}
                  />
                </FormField>
                <FormField id={`stage-users-${r.key}`} label={t("dealermall.reviewSettings.stages.reviewers")}>
                  <StaffPicker
                    id={`stage-users-${r.key}`}
                    users={users}
                    value={r.user_ids}
                    onChange={(ids) => patch(r.key, { user_ids: ids })}
                  />
                </FormField>
              </div>
              <div className="mt-6 flex items-center gap-x-1">
                <IconButton
                  size="small"
                  variant="transparent"
                  type="button"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={t("dealermall.tiers.moveUp")}
                  title={t("dealermall.tiers.moveUp")}
                >
                  <ArrowUpMini />
                </IconButton>
                <IconButton
                  size="small"
                  variant="transparent"
                  type="button"
                  disabled={i === rows.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={t("dealermall.tiers.moveDown")}
                  title={t("dealermall.tiers.moveDown")}
                >
                  <ArrowDownMini />
                </IconButton>
                <IconButton
                  size="small"
                  variant="transparent"
                  type="button"
                  onClick={() => remove(r)}
                  aria-label={t("dealermall.actions.remove")}
                  title={t("dealermall.actions.remove")}
                >
                  <Trash />
                </IconButton>
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-col gap-3 px-6 py-4 md:flex-row md:items-center md:justify-between">
        <Button
          size="small"
          variant="secondary"
          type="button"
          onClick={add}
          disabled={rows.length >= MAX_STAGES}
          title={rows.length >= MAX_STAGES ? t("dealermall.reviewSettings.stages.max", { count: MAX_STAGES }) : undefined}
        >
          <Plus />
          {t("dealermall.reviewSettings.stages.add")}
        </Button>
        <div className="flex items-center gap-x-2">
          {dirty && (
            <>
              <Text size="small" className="text-ui-fg-subtle">
                {t("dealermall.reviewSettings.unsaved")}
              </Text>
              <Button size="small" variant="transparent" type="button" onClick={() => { setRows(initial); setErrors({}) }}>
                {t("dealermall.matrix.discard")}
              </Button>
            </>
          )}
          <Button size="small" type="button" disabled={!dirty} isLoading={save.isPending} onClick={submit}>
            {t("dealermall.reviewSettings.stages.save")}
          </Button>
        </div>
      </div>
    </>
  )
}

/** The ordered review stages and who may decide each; saved together in one request. */
export const StagesEditor = () => {
  const { t } = useTranslation()
  const { data, isLoading, error } = useReviewStages()
  const initial = useMemo(() => toRows(data ?? []), [data])
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("dealermall.reviewSettings.stages.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.reviewSettings.stages.subtitle")}
        </Text>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-8 w-full" />
          <Skeleton className="h-8 w-full" />
        </div>
      ) : error || !data ? (
        <EmptyState error title={t("dealermall.reviewSettings.stages.loadError")} description={errorMessage(error, "")} />
      ) : (
        // Keyed on the saved list so a save (or another staff member's) resets the form.
        <StagesForm key={JSON.stringify(data)} initial={initial} />
      )}
    </Container>
  )
}
