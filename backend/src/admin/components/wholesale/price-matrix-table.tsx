import { clx, Input, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import {
  amountKey,
  breaksKey,
  CellValues,
  RowDraft,
  RowErrors,
  RULE_KEYS,
  rowValues,
} from "../../lib/price-matrix-draft"
import { MatrixRow } from "../../lib/wholesale-types"
import { PriceBreaksPopover } from "./price-breaks-popover"

type Props = {
  rows: MatrixRow[]
  tiers: { id: string; name: string }[]
  drafts: Record<string, RowDraft>
  errors: Record<string, RowErrors>
  onChange: (row: MatrixRow, key: string, value: string) => void
}

type CellProps = {
  value: string
  original: string
  error?: string
  label: string
  mode: "decimal" | "numeric"
  placeholder?: string
  width?: string
  onChange: (v: string) => void
}

const CellInput = ({ value, original, error, label, mode, placeholder, width = "w-[88px]", onChange }: CellProps) => {
  const edited = value !== original
  return (
    <div className="flex flex-col gap-y-1">
      <Input
        size="small"
        inputMode={mode}
        className={clx(width, "tabular-nums", edited && !error && "!bg-ui-bg-highlight")}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!error}
        aria-label={label}
        title={edited ? label : undefined}
      />
      {error && (
        <Text size="xsmall" className="text-ui-fg-error max-w-[140px] whitespace-normal" data-testid="cell-error">
          {error}
        </Text>
      )}
    </div>
  )
}

export const PriceMatrixTable = ({ rows, tiers, drafts, errors, onChange }: Props) => {
  const { t } = useTranslation()
  const tierIds = tiers.map((x) => x.id)
  const ruleLabel: Record<(typeof RULE_KEYS)[number], string> = {
    min_quantity: t("dealermall.matrix.columns.minQuantity"),
    multiple: t("dealermall.matrix.columns.multiple"),
    max_quantity: t("dealermall.matrix.columns.maxQuantity"),
  }

  return (
    // isolate: the sticky column's z-index stays inside the table, under drawers and dialogs (which have none).
    <div className="isolate overflow-x-auto">
      <Table className="[&_td]:align-top">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="bg-ui-bg-base sticky left-0 z-[1] min-w-[200px]">
              {t("dealermall.matrix.columns.variant")}
            </Table.HeaderCell>
            <Table.HeaderCell>{t("dealermall.matrix.columns.base")}</Table.HeaderCell>
            {RULE_KEYS.map((k) => (
              <Table.HeaderCell key={k}>{ruleLabel[k]}</Table.HeaderCell>
            ))}
            {tiers.map((tier) => (
              <Table.HeaderCell key={tier.id} className="border-ui-border-base min-w-[140px] border-l pl-3">
                {tier.name}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => {
            const draft = drafts[row.variant_id]
            const original: CellValues = draft?.original ?? rowValues(row, tierIds)
            const values: CellValues = draft?.values ?? original
            const rowErrors = errors[row.variant_id] ?? {}
            const set = (key: string) => (v: string) => onChange(row, key, v)
            return (
              <Table.Row key={row.variant_id} data-testid="matrix-row" data-variant-id={row.variant_id}>
                <Table.Cell className="bg-ui-bg-base sticky left-0 z-[1] max-w-[240px] py-3 [tr:hover>&]:bg-ui-bg-base-hover">
                  <div className="flex flex-col">
                    <Text size="small" weight="plus" leading="compact" className="truncate" title={row.product_title}>
                      {row.product_title}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      {row.variant_title ? `${row.variant_title} · ` : ""}
                      <span className="font-mono">{row.sku ?? "—"}</span>
                    </Text>
                    {rowErrors.row && (
                      <Text size="xsmall" className="text-ui-fg-error whitespace-normal" data-testid="cell-error">
                        {rowErrors.row}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell className="py-2">
                  <CellInput
                    value={values.base}
                    original={original.base}
                    error={rowErrors.base}
                    label={`${row.sku ?? ""} ${t("dealermall.matrix.columns.base")}`}
                    mode="decimal"
                    width="w-[88px]"
                    onChange={set("base")}
                  />
                </Table.Cell>
                {RULE_KEYS.map((k) => (
                  <Table.Cell key={k} className="py-2">
                    <CellInput
                      value={values[k]}
                      original={original[k]}
                      error={rowErrors[k]}
                      label={`${row.sku ?? ""} ${ruleLabel[k]}`}
                      mode="numeric"
                      placeholder="—"
                      width="w-[64px]"
                      onChange={set(k)}
                    />
                  </Table.Cell>
                ))}
                {tiers.map((tier) => {
                  const ak = amountKey(tier.id)
                  const bk = breaksKey(tier.id)
                  return (
                    <Table.Cell key={tier.id} className="border-ui-border-base border-l py-2 pl-3">
                      <div className="flex flex-col gap-y-1">
                        <CellInput
                          value={values[ak] ?? ""}
                          original={original[ak] ?? ""}
                          error={rowErrors[ak]}
                          label={`${row.sku ?? ""} ${tier.name}`}
                          mode="decimal"
                          placeholder="—"
                          width="w-[88px]"
                          onChange={set(ak)}
                        />
                        <PriceBreaksPopover
                          tierName={tier.name}
                          value={values[bk] ?? ""}
                          edited={(values[bk] ?? "") !== (original[bk] ?? "")}
                          invalid={!!rowErrors[bk]}
                          onChange={set(bk)}
                        />
                        {rowErrors[bk] && (
                          <Text size="xsmall" className="text-ui-fg-error max-w-[160px] whitespace-normal" data-testid="cell-error">
                            {rowErrors[bk]}
                          </Text>
                        )}
                      </div>
                    </Table.Cell>
                  )
                })}
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </div>
  )
}
