import { ArrowDownTray, ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { backendUrl } from "../../lib/sdk"
import { DealerDetail } from "../../lib/types"

type State =
  | { kind: "loading" }
  | { kind: "error" }
  | { kind: "ready"; url: string; mime: string }

/**
 * The licence is behind the staff session, so it cannot be a plain <img src>: fetch it with the
 * session cookie and show it from a blob URL.
 */
function useLicenseBlob(dealer: DealerDetail): State {
  const [state, setState] = useState<State>({ kind: "loading" })
  useEffect(() => {
    const ctrl = new AbortController()
    let url: string | undefined
    setState({ kind: "loading" })
    fetch(backendUrl(`/admin/dealers/${dealer.id}/license`), {
      credentials: "include",
      signal: ctrl.signal,
    })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status))
        const blob = await res.blob()
        url = URL.createObjectURL(blob)
        setState({ kind: "ready", url, mime: blob.type || dealer.license_mime })
      })
      .catch(() => {
        if (!ctrl.signal.aborted) setState({ kind: "error" })
      })
    return () => {
      ctrl.abort()
      if (url) URL.revokeObjectURL(url)
    }
    // updated_at changes when the dealer resubmits with a new file.
  }, [dealer.id, dealer.updated_at, dealer.license_mime])
  return state
}

export const LicensePreview = ({ dealer }: { dealer: DealerDetail }) => {
  const { t } = useTranslation()
  const state = useLicenseBlob(dealer)
  const ready = state.kind === "ready" ? state : undefined

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div className="min-w-0">
          <Heading level="h2">{t("dealermall.dealer.sections.license")}</Heading>
          <Text size="xsmall" className="text-ui-fg-subtle truncate">
            {dealer.license_file_name}
          </Text>
        </div>
        {ready && (
          <div className="flex shrink-0 items-center gap-x-2">
            <Button size="small" variant="transparent" asChild>
              <a href={ready.url} target="_blank" rel="noreferrer">
                <ArrowUpRightOnBox />
                {t("dealermall.dealer.license.openNewTab")}
              </a>
            </Button>
            <Button size="small" variant="secondary" asChild>
              <a href={ready.url} download={dealer.license_file_name}>
                <ArrowDownTray />
                {t("dealermall.dealer.license.download")}
              </a>
            </Button>
          </div>
        )}
      </div>
      <div className="px-6 py-4">
        {state.kind === "loading" && (
          <div className="flex flex-col gap-y-2">
            <Skeleton className="h-[320px] w-full" />
            <Text size="xsmall" className="text-ui-fg-muted">
              {t("dealermall.dealer.license.loading")}
            </Text>
          </div>
        )}
        {state.kind === "error" && (
          <Text size="small" className="text-ui-fg-error">
            {t("dealermall.dealer.license.error")}
          </Text>
        )}
        {ready && ready.mime.startsWith("image/") && (
          <img
            src={ready.url}
            alt={t("dealermall.dealer.license.alt", { company: dealer.company_name })}
            className="border-ui-border-base max-h-[640px] w-full rounded-md border object-contain"
          />
        )}
        {ready && ready.mime === "application/pdf" && (
          <iframe
            src={ready.url}
            title={t("dealermall.dealer.license.alt", { company: dealer.company_name })}
            className="border-ui-border-base h-[640px] w-full rounded-md border"
          />
        )}
        {ready && !ready.mime.startsWith("image/") && ready.mime !== "application/pdf" && (
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.dealer.license.unsupported")}
          </Text>
        )}
      </div>
    </Container>
  )
}
