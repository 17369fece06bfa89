import { Trash } from "@medusajs/icons"
import { IconButton, Input, Label, Hint, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PackageDraft, quantityOf } from "../../lib/logistics-format"
import { PickLine } from "../../lib/logistics-types"

type Props = {
  index: number
  draft: PackageDraft
  lines: PickLine[]
  placeholder: string
  over: Set<string>
  error?: string
  trackingError?: string
  onChange: (next: PackageDraft) => void
  onRemove?: () => void
}

/** One package: its tracking number and how many of each line go into it. */
export const PackageEditor = ({ index, draft, lines, placeholder, over, error, trackingError, onChange, onRemove }: Props) => {
  const { t } = useTranslation()
  const id = `ship-tracking-${draft.key}`
  return (
    <div className="shadow-elevation-card-rest rounded-lg" data-testid="ship-package">
      <div className="flex items-end gap-x-3 px-4 pt-3">
        <div className="flex flex-1 flex-col gap-y-2">
          <Label htmlFor={id} size="small" weight="plus">
            {t("dealermall.logistics.ship.packageTracking", { n: index + 1 })}
          </Label>
          <Input
            id={id}
            size="small"
            className="font-mono"
            autoComplete="off"
            placeholder={placeholder}
            value={draft.tracking}
            onChange={(e) => onChange({ ...draft, tracking: e.target.value })}
            aria-invalid={!!trackingError}
            data-testid="ship-tracking"
          />
        </div>
        {onRemove && (
          <IconButton size="small" variant="transparent" type="button" onClick={onRemove} aria-label={t("dealermall.logistics.ship.removePackage")}>
            <Trash />
          </IconButton>
        )}
      </div>
      {trackingError && <Hint variant="error" className="px-4 pt-1">{trackingError}</Hint>}
      <Table className="mt-3">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("dealermall.logistics.columns.product")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("dealermall.logistics.columns.remaining")}</Table.HeaderCell>
            <Table.HeaderCell className="w-[112px] whitespace-nowrap text-right">{t("dealermall.logistics.columns.thisPackage")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {lines.map((l) => {
            const text = draft.quantities[l.line_item_id] ?? "0"
            const bad = Number.isNaN(quantityOf(text)) || over.has(l.line_item_id)
            return (
              <Table.Row key={l.line_item_id}>
                <Table.Cell className="max-w-[220px] py-2">
                  <Text size="small" leading="compact" className="truncate" title={l.title}>
                    {l.title}
                  </Text>
                  <Text size="xsmall" leading="compact" className="text-ui-fg-subtle truncate">
                    {[l.variant_title, l.sku].filter(Boolean).join(" · ")}
                  </Text>
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{l.remaining}</Table.Cell>
                <Table.Cell className="py-1.5">
                  <Input
                    size="small"
                    inputMode="numeric"
                    className="text-right tabular-nums"
                    aria-label={t("dealermall.logistics.ship.quantityFor", { title: l.title })}
                    value={text}
                    disabled={l.remaining === 0}
                    onChange={(e) => onChange({ ...draft, quantities: { ...draft.quantities, [l.line_item_id]: e.target.value } })}
                    aria-invalid={bad}
                  />
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {error && <Hint variant="error" className="px-4 py-2">{error}</Hint>}
    </div>
  )
}
