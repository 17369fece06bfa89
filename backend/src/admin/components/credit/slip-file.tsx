import { ArrowUpRightOnBox, DocumentText, ExclamationCircle } from "@medusajs/icons"
import { Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useObjectUrl, useSlipFile } from "../../lib/credit"
import { PaymentSlip } from "../../lib/credit-types"

/** The slip's file as an object URL (fetched with the staff session) and its type. */
export function useSlipBlobUrl(slip: PaymentSlip) {
  const { data: blob, isLoading, isError } = useSlipFile(slip)
  const url = useObjectUrl(blob)
  const mime = blob?.type || (/\.pdf$/i.test(slip.file_name) ? "application/pdf" : "")
  return { url, mime, isLoading: isLoading || (!!blob && !url), isError }
}

/**
 * A small preview for the queue: the image itself, or a PDF tile. Clicking opens the big preview;
 * a PDF can also be opened in a new tab straight away.
 */
export const SlipThumbnail = ({ slip, onOpen }: { slip: PaymentSlip; onOpen: () => void }) => {
  const { t } = useTranslation()
  const { url, mime, isLoading, isError } = useSlipBlobUrl(slip)
  const box = "border-ui-border-base flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-md border"
  if (isLoading) return <Skeleton className="size-12 rounded-md" />
  if (isError || !url) {
    return (
      <div className={`${box} bg-ui-bg-subtle`} title={t("dealermall.slips.fileError")}>
        <ExclamationCircle className="text-ui-fg-error" />
      </div>
    )
  }
  if (mime.startsWith("image/")) {
    return (
      <button
        type="button"
        className={`${box} bg-ui-bg-subtle hover:shadow-borders-interactive-with-focus transition-shadow`}
        onClick={(e) => {
          e.stopPropagation()
          onOpen()
        }}
        aria-label={t("dealermall.slips.preview")}
        title={slip.file_name}
      >
        <img src={url} alt={slip.file_name} className="size-full object-cover" />
      </button>
    )
  }
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      className={`${box} bg-ui-bg-subtle hover:bg-ui-bg-subtle-hover flex-col gap-y-0.5`}
      title={t("dealermall.slips.openPdf", { name: slip.file_name })}
      onClick={(e) => e.stopPropagation()}
    >
      <DocumentText className="text-ui-fg-subtle" />
      <span className="txt-compact-xsmall-plus text-ui-fg-subtle">PDF</span>
    </a>
  )
}

/** The full-size slip for the preview drawer. */
export const SlipPreview = ({ slip }: { slip: PaymentSlip }) => {
  const { t } = useTranslation()
  const { url, mime, isLoading, isError } = useSlipBlobUrl(slip)
  if (isLoading) return <Skeleton className="h-[480px] w-full" />
  if (isError || !url) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {t("dealermall.slips.fileError")}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-y-2">
      {mime.startsWith("image/") ? (
        <img src={url} alt={slip.file_name} className="border-ui-border-base max-h-[560px] w-full rounded-md border object-contain" />
      ) : mime === "application/pdf" ? (
        <iframe src={`${url}#navpanes=0&view=FitH`} title={slip.file_name} className="border-ui-border-base h-[560px] w-full rounded-md border" />
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {t("dealermall.dealer.license.unsupported")}
        </Text>
      )}
      <a
        href={url}
        target="_blank"
        rel="noreferrer"
        className="txt-compact-small text-ui-fg-interactive inline-flex items-center gap-x-1 self-start hover:underline"
      >
        <ArrowUpRightOnBox />
        {t("dealermall.dealer.license.openNewTab")}
        <span className="text-ui-fg-muted">· {slip.file_name}</span>
      </a>
    </div>
  )
}
