import { useTranslation } from "react-i18next"
import { useCarriers } from "../../lib/logistics"
import { carrierName } from "../../lib/logistics-format"
import { Shipment } from "../../lib/logistics-types"

/**
 * A shipment stores the carrier's Chinese name; English staff get the carrier list's English one.
 * Custom carriers keep the name staff typed.
 */
export function useCarrierLabel() {
  const { i18n } = useTranslation()
  const { data: carriers } = useCarriers()
  return (s: Pick<Shipment, "carrier_code" | "carrier_name">) => {
    const c = s.carrier_code !== "custom" ? carriers?.find((x) => x.code === s.carrier_code) : undefined
    return c ? carrierName(c, i18n.language) : s.carrier_name
  }
}
