import { Plus } from "@medusajs/icons"
import { Alert, Button, Drawer, Input, Skeleton, Text, toast } from "@medusajs/ui"
import { FormEvent, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { shanghaiToday } from "../../lib/locale"
import { useCarriers, useCreateShipment, usePickList } from "../../lib/logistics"
import { emptyPackage, fullPackage, overAllocated, PackageDraft } from "../../lib/logistics-format"
import { hasErrors, lastCarrier, noErrors, rememberCarrier, ShipErrors, shippableLines, toShipmentInput, validateShip } from "../../lib/logistics-ship"
import { PickLine, WarehouseOrder } from "../../lib/logistics-types"
import { ApiError } from "../../lib/wholesale"
import { FormField } from "../dealers/form-field"
import { CarrierField } from "./carrier-field"
import { PackageEditor } from "./package-editor"

type Props = { order: WarehouseOrder | null; open: boolean; onOpenChange: (open: boolean) => void }

const ShipForm = ({ order, lines, onClose }: { order: WarehouseOrder; lines: PickLine[]; onClose: () => void }) => {
  const { t } = useTranslation()
  const { data: carriers } = useCarriers()
  const create = useCreateShipment(order.id)
  const today = shanghaiToday()
  const [carrierCode, setCarrierCode] = useState(lastCarrier)
  const [customName, setCustomName] = useState("")
  const [eta, setEta] = useState("")
  const [packages, setPackages] = useState<PackageDraft[]>(() => [fullPackage(1, lines)])
  const [errors, setErrors] = useState<ShipErrors>(noErrors)
  const [failure, setFailure] = useState<string>()
  const [sending, setSending] = useState(false)
  const carrier = carriers?.find((c) => c.code === carrierCode)
  const over = useMemo(() => overAllocated(lines, packages), [lines, packages])

  const update = (next: PackageDraft) => {
    setPackages((ps) => ps.map((p) => (p.key === next.key ? next : p)))
    // An edited package drops its old complaints; the next submit checks it again.
    setErrors((e) => {
      const { [next.key]: _t, ...tracking } = e.tracking
      const { [next.key]: _i, ...items } = e.items
      return { ...e, tracking, items }
    })
  }
  const addPackage = () => setPackages((ps) => [...ps, emptyPackage(Math.max(...ps.map((p) => p.key)) + 1, lines)])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setFailure(undefined)
    const draft = { carrierCode, customName, eta, packages }
    const found = validateShip(draft, carrier, lines, today, t)
    setErrors(found)
    if (hasErrors(found)) return
    rememberCarrier(carrierCode)
    // One request per package, in order; on a refusal the packages already sent leave the form.
    setSending(true)
    let sent = 0
    try {
      for (const p of packages) {
        await create.mutateAsync(toShipmentInput(draft, p))
        sent++
      }
      toast.success(t(sent > 1 ? "dealermall.logistics.ship.doneMany" : "dealermall.logistics.ship.done", { count: sent, order: order.display_id }))
      onClose()
    } catch (err) {
      const failed = packages[sent]
      setPackages(packages.slice(sent))
      // Point at the field the refusal is about; anything else is only in the alert.
      const code = err instanceof ApiError ? String(err.body.code ?? "") : ""
      const message = errorMessage(err, t("dealermall.actions.failed"))
      const next = noErrors()
      if (code.startsWith("tracking_number")) next.tracking[failed.key] = message
      if (code === "quantity_exceeds_remaining") next.items[failed.key] = message
      setErrors(next)
      const onField = hasErrors(next)
      // A refusal already shown at its field needs no second copy at the top, unless packages went out.
      if (sent > 0) setFailure(t("dealermall.logistics.ship.partlySent", { count: sent, message }))
      else if (!onField) setFailure(message)
    } finally {
      setSending(false)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden" noValidate>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        {failure && <Alert variant="error" data-testid="ship-error">{failure}</Alert>}
        <CarrierField
          carriers={carriers}
          code={carrierCode}
          onCode={(c) => {
            setCarrierCode(c)
            setErrors(noErrors())
          }}
          customName={customName}
          onCustomName={setCustomName}
          errors={errors}
        />
        <FormField id="ship-eta" label={t("dealermall.logistics.ship.eta")} error={errors.eta}>
          <Input id="ship-eta" type="date" size="small" min={today} value={eta} onChange={(e) => setEta(e.target.value)} aria-invalid={!!errors.eta} />
        </FormField>
        {packages.map((p, i) => (
          <PackageEditor
            key={p.key}
            index={i}
            draft={p}
            lines={lines}
            placeholder={carrier ? t("dealermall.logistics.ship.trackingPlaceholder", { example: carrier.example }) : ""}
            over={over}
            trackingError={errors.tracking[p.key]}
            error={errors.items[p.key]}
            onChange={update}
            onRemove={packages.length > 1 ? () => setPackages((ps) => ps.filter((x) => x.key !== p.key)) : undefined}
          />
        ))}
        <div className="flex items-center justify-between gap-x-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.logistics.ship.splitHint")}
          </Text>
          <Button size="small" variant="secondary" type="button" onClick={addPackage} data-testid="ship-add-package">
            <Plus />
            {t("dealermall.logistics.ship.addPackage")}
          </Button>
        </div>
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button" disabled={sending}>
            {t("dealermall.actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={sending} data-testid="ship-submit">
          {/* Explicit keys: the dashboard's "zhCN" code gets no plural forms from i18next. */}
          {t(packages.length > 1 ? "dealermall.logistics.ship.submitMany" : "dealermall.logistics.ship.submit", { count: packages.length })}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

/** Loads the order's lines (from its pick list) and starts a fresh form at each opening. */
const ShipDrawerContent = ({ order, onClose }: { order: WarehouseOrder; onClose: () => void }) => {
  const { t } = useTranslation()
  const { data, isLoading, error } = usePickList(order.id)
  const lines = useMemo(() => shippableLines(data?.locations ?? []).filter((l) => l.remaining > 0), [data])
  if (isLoading) return <div className="flex flex-col gap-y-3 p-6">{[0, 1, 2].map((i) => <Skeleton key={i} className="h-10 w-full" />)}</div>
  if (error || !data) return <Alert variant="error" className="m-6">{errorMessage(error, t("dealermall.logistics.loadError"))}</Alert>
  if (lines.length === 0) return <Alert variant="info" className="m-6">{t("dealermall.logistics.ship.nothingLeft")}</Alert>
  return <ShipForm order={order} lines={lines} onClose={onClose} />
}

// The header stays outside the loading states: the dialog always has its title for screen readers.
export const ShipDrawer = ({ order, open, onOpenChange }: Props) => {
  const { t } = useTranslation()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="md:max-w-[640px]">
        <Drawer.Header>
          <Drawer.Title>{t("dealermall.logistics.ship.title", { order: order?.display_id ?? "" })}</Drawer.Title>
          <Drawer.Description>{order?.dealer?.company_name ?? ""}</Drawer.Description>
        </Drawer.Header>
        {order && <ShipDrawerContent order={order} onClose={() => onOpenChange(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}
