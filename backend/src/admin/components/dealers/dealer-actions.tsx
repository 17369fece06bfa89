import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { DealerStatus } from "../../lib/types"
import { ApproveDrawer } from "./approve-drawer"
import { ReasonAction, ReasonDrawer } from "./reason-drawer"

type Props = { dealerId: string; status: DealerStatus }

type ButtonSpec = { action: "approve" | ReasonAction; label: string; variant: "primary" | "secondary" | "danger" }

// Mirrors the API's transition table so staff are only offered moves it will accept.
const BY_STATUS: Record<DealerStatus, ButtonSpec[]> = {
  pending: [
    { action: "reject", label: "dealermall.actions.reject", variant: "secondary" },
    { action: "request-info", label: "dealermall.actions.requestInfo", variant: "secondary" },
    { action: "approve", label: "dealermall.actions.approve", variant: "primary" },
  ],
  info_requested: [
    { action: "reject", label: "dealermall.actions.reject", variant: "secondary" },
    { action: "approve", label: "dealermall.actions.approve", variant: "primary" },
  ],
  approved: [{ action: "suspend", label: "dealermall.actions.suspend", variant: "danger" }],
  suspended: [{ action: "reinstate", label: "dealermall.actions.reinstate", variant: "primary" }],
  rejected: [],
}

export const DealerActions = ({ dealerId, status }: Props) => {
  const { t } = useTranslation()
  const [approveOpen, setApproveOpen] = useState(false)
  // Kept after closing so the drawer's text does not vanish during its closing animation.
  const [reason, setReason] = useState<ReasonAction>("reject")
  const [reasonOpen, setReasonOpen] = useState(false)
  const buttons = BY_STATUS[status] ?? []
  if (buttons.length === 0) return null

  return (
    <div className="flex flex-wrap items-center gap-2">
      {buttons.map((b) => (
        <Button
          key={b.action}
          size="small"
          variant={b.variant}
          onClick={() => {
            if (b.action === "approve") return setApproveOpen(true)
            setReason(b.action)
            setReasonOpen(true)
          }}
        >
          {t(b.label)}
        </Button>
      ))}
      <ApproveDrawer dealerId={dealerId} open={approveOpen} onOpenChange={setApproveOpen} />
      <ReasonDrawer dealerId={dealerId} action={reason} open={reasonOpen} onOpenChange={setReasonOpen} />
    </div>
  )
}
