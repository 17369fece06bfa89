import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useFormatters } from "../../lib/locale"
import { parseAmount, toInputText } from "../../lib/numbers"
import { ApiError, useUpsertContractPrice } from "../../lib/wholesale"
import { ContractPrice } from "../../lib/wholesale-types"
import { FormField } from "../dealers/form-field"

type Props = {
  dealerId: string
  /** The price to edit; undefined adds one by SKU. */
  price?: ContractPrice
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Errors = Partial<Record<"sku" | "amount", string>>

const ContractPriceForm = ({ dealerId, price, onClose }: { dealerId: string; price?: ContractPrice; onClose: () => void }) => {
  const { t } = useTranslation()
  const { formatMoney } = useFormatters()
  const upsert = useUpsertContractPrice(dealerId)
  const [sku, setSku] = useState(price?.sku ?? "")
  const [amount, setAmount] = useState(toInputText(price?.amount))
  const [errors, setErrors] = useState<Errors>({})

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const next: Errors = {}
    const code = sku.trim()
    if (!price && !code) next.sku = t("dealermall.dialogs.errors.required")
    const a = parseAmount(amount, { positive: true })
    if (!a.ok || a.value === null) next.amount = t("dealermall.wholesale.errors.positiveAmount")
    setErrors(next)
    if (Object.keys(next).length || !a.ok || a.value === null) return
    upsert.mutate(price ? { variant_id: price.variant_id, amount: a.value } : { sku: code, amount: a.value }, {
      onSuccess: () => {
        toast.success(t("dealermall.contract.saved", { sku: price?.sku ?? code }))
        onClose()
      },
      // An unknown SKU comes back as 400 unknown_sku with the API's message: show it on the SKU field.
      onError: (err) => {
        const message = errorMessage(err, t("dealermall.actions.failed"))
        if (!price && err instanceof ApiError && err.body.code === "unknown_sku") setErrors({ sku: message })
        else toast.error(t("dealermall.actions.failed"), { description: message })
      },
    })
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>{t(price ? "dealermall.contract.editTitle" : "dealermall.contract.addTitle")}</Drawer.Title>
        <Drawer.Description>{t("dealermall.contract.drawerDescription")}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <FormField id="contract-sku" label="SKU" error={errors.sku}>
          <Input
            id="contract-sku"
            className="font-mono"
            autoFocus={!price}
            disabled={!!price}
            value={sku}
            onChange={(e) => {
              setSku(e.target.value)
              setErrors((x) => ({ ...x, sku: undefined }))
            }}
            aria-invalid={!!errors.sku}
          />
          {price && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {price.product_title}
              {price.variant_title ? ` · ${price.variant_title}` : ""}
            </Text>
          )}
        </FormField>
        <FormField id="contract-amount" label={t("dealermall.contract.amountLabel")} error={errors.amount}>
          <Input
            id="contract-amount"
            inputMode="decimal"
            autoFocus={!!price}
            value={amount}
            onChange={(e) => {
              setAmount(e.target.value)
              setErrors((x) => ({ ...x, amount: undefined }))
            }}
            aria-invalid={!!errors.amount}
          />
          {price && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("dealermall.contract.reference", {
                tier: formatMoney(price.tier_amount),
                base: formatMoney(price.base_amount),
              })}
            </Text>
          )}
        </FormField>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={upsert.isPending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={upsert.isPending}>
          {t("dealermall.actions.save")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const ContractPriceDrawer = ({ dealerId, price, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <ContractPriceForm dealerId={dealerId} price={price} onClose={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)
