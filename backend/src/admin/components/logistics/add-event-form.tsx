import { Button, Input, Select, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/dealers"
import { useAddTrackingEvent } from "../../lib/logistics"
import { SHIPMENT_STATES, ShipmentState } from "../../lib/logistics-types"
import { FormField } from "../dealers/form-field"

const KEEP = "keep"

/** Now in China time, as a datetime-local value (staff type the time the driver reported, in China time). */
function shanghaiNow(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" })
    .format(new Date())
    .replace(" ", "T")
}

/** A datetime-local value read as China time → ISO (UTC). */
function fromShanghai(local: string): string | null {
  const d = new Date(`${local}:00+08:00`)
  return Number.isNaN(d.getTime()) ? null : d.toISOString()
}

type Errors = Partial<Record<"time" | "description", string>>

/** Events entered by hand, for own delivery or when a carrier phones in news the tracking feed lacks. */
export const AddEventForm = ({ shipmentId }: { shipmentId: string }) => {
  const { t } = useTranslation()
  const add = useAddTrackingEvent(shipmentId)
  const [time, setTime] = useState(shanghaiNow)
  const [location, setLocation] = useState("")
  const [description, setDescription] = useState("")
  const [state, setState] = useState<string>(KEEP)
  const [errors, setErrors] = useState<Errors>({})

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const next: Errors = {}
    const iso = fromShanghai(time)
    // A few minutes of slack for a clock that runs ahead.
    if (!iso || Date.parse(iso) > Date.now() + 5 * 60_000) next.time = t("dealermall.logistics.events.errors.time")
    if (!description.trim()) next.description = t("dealermall.dialogs.errors.required")
    setErrors(next)
    if (Object.keys(next).length || !iso) return
    try {
      await add.mutateAsync({
        occurred_at: iso,
        ...(location.trim() ? { location: location.trim() } : {}),
        description: description.trim(),
        ...(state !== KEEP ? { state: state as ShipmentState } : {}),
      })
      toast.success(t("dealermall.logistics.events.added"))
      setDescription("")
      setLocation("")
      setState(KEEP)
      setTime(shanghaiNow())
    } catch (err) {
      toast.error(t("dealermall.actions.failed"), { description: errorMessage(err, t("dealermall.actions.failed")) })
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3" noValidate data-testid="add-event-form">
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <FormField id="event-time" label={t("dealermall.logistics.events.time")} error={errors.time}>
          <Input id="event-time" size="small" type="datetime-local" value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={!!errors.time} />
        </FormField>
        <FormField id="event-state" label={t("dealermall.logistics.events.state")}>
          <Select size="small" value={state} onValueChange={setState}>
            <Select.Trigger id="event-state">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={KEEP}>{t("dealermall.logistics.events.keepState")}</Select.Item>
              {SHIPMENT_STATES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`dealermall.logistics.states.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </FormField>
      </div>
      <FormField id="event-location" label={t("dealermall.logistics.events.location")}>
        <Input id="event-location" size="small" maxLength={80} value={location} placeholder={t("dealermall.logistics.events.locationPlaceholder")} onChange={(e) => setLocation(e.target.value)} />
      </FormField>
      <FormField id="event-description" label={t("dealermall.logistics.events.description")} error={errors.description}>
        <Input
          id="event-description"
          size="small"
          maxLength={200}
          value={description}
          placeholder={t("dealermall.logistics.events.descriptionPlaceholder")}
          onChange={(e) => setDescription(e.target.value)}
          aria-invalid={!!errors.description}
        />
      </FormField>
      <div className="flex justify-end">
        <Button size="small" variant="secondary" type="submit" isLoading={add.isPending} data-testid="add-event-submit">
          {t("dealermall.logistics.events.add")}
        </Button>
      </div>
    </form>
  )
}
