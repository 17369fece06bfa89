import { Button, Container, Heading, Input, Label, RadioGroup, Skeleton, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { parseCount } from "../../lib/numbers"
import { useSaveWholesaleSettings, useWholesaleSettings } from "../../lib/wholesale"
import { StockDisplay, WholesaleSettings } from "../../lib/wholesale-types"
import { EmptyState } from "../dealers/empty-state"
import { FormField } from "../dealers/form-field"

const SettingsForm = ({ initial }: { initial: WholesaleSettings }) => {
  const { t } = useTranslation()
  const save = useSaveWholesaleSettings()
  const [display, setDisplay] = useState<StockDisplay>(initial.stock_display)
  const [threshold, setThreshold] = useState(String(initial.low_stock_threshold))
  const [error, setError] = useState<string>()
  const dirty = display !== initial.stock_display || threshold.trim() !== String(initial.low_stock_threshold)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const n = parseCount(threshold)
    if (!n.ok || n.value === null) {
      setError(t("dealermall.wholesale.errors.count"))
      return
    }
    // mutateAsync, not mutate callbacks: a save re-keys (remounts) this form, which would drop them.
    try {
      await save.mutateAsync({ stock_display: display, low_stock_threshold: n.value })
      toast.success(t("dealermall.settings.saved"))
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), {
        description: errorMessage(err, t("dealermall.actions.failed")),
      })
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-6 px-6 py-4">
      <div className="flex flex-col gap-y-3">
        <Label size="small" weight="plus">
          {t("dealermall.settings.stockDisplay")}
        </Label>
        <RadioGroup
          value={display}
          onValueChange={(v) => setDisplay(v === "exact" ? "exact" : "level")}
          className="flex flex-col gap-y-3"
        >
          {(["level", "exact"] as const).map((v) => (
            <div key={v} className="flex items-start gap-x-3">
              <RadioGroup.Item value={v} id={`stock-display-${v}`} className="mt-0.5" />
              <div className="flex flex-col">
                <Label htmlFor={`stock-display-${v}`} size="small" weight="plus">
                  {t(`dealermall.settings.display.${v}`)}
                </Label>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t(`dealermall.settings.display.${v}Hint`)}
                </Text>
              </div>
            </div>
          ))}
        </RadioGroup>
      </div>
      <div className="max-w-[280px]">
        <FormField id="low-stock-threshold" label={t("dealermall.settings.threshold")} error={error}>
          <Input
            id="low-stock-threshold"
            inputMode="numeric"
            value={threshold}
            onChange={(e) => {
              setThreshold(e.target.value)
              setError(undefined)
            }}
            aria-invalid={!!error}
          />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("dealermall.settings.thresholdHint")}
          </Text>
        </FormField>
      </div>
      <div className="flex justify-end">
        <Button size="small" type="submit" disabled={!dirty} isLoading={save.isPending}>
          {t("dealermall.actions.save")}
        </Button>
      </div>
    </form>
  )
}

/** Store-wide ordering settings: how dealers see stock. */
export const WholesaleSettingsSection = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError } = useWholesaleSettings()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Heading level="h2">{t("dealermall.settings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.settings.subtitle")}
        </Text>
      </div>
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-6 w-1/2" />
          <Skeleton className="h-6 w-1/3" />
        </div>
      ) : isError || !data ? (
        <EmptyState error title={t("dealermall.settings.loadError")} />
      ) : (
        // Keyed on the saved values so a save (or another staff member's) resets the form.
        <SettingsForm key={`${data.stock_display}-${data.low_stock_threshold}`} initial={data} />
      )}
    </Container>
  )
}
