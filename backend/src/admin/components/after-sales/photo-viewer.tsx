import { ArrowUpRightOnBox, ChevronLeft, ChevronRight } from "@medusajs/icons"
import { Drawer, IconButton, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useCasePhotoUrl } from "./case-photo"

type Props = {
  caseId: string
  /** The photos of one line, and which one is shown; null closes the viewer. */
  view: { title: string; photos: string[]; index: number } | null
  onChange: (view: Props["view"]) => void
}

const Photo = ({ caseId, fileId }: { caseId: string; fileId: string }) => {
  const { t } = useTranslation()
  const { url, isLoading, isError } = useCasePhotoUrl(caseId, fileId)
  if (isLoading) return <Skeleton className="h-[480px] w-full" />
  if (isError || !url) return <Text size="small" className="text-ui-fg-error">{t("dealermall.afterSales.photos.error")}</Text>
  return (
    <div className="flex flex-col gap-y-2">
      <img src={url} alt="" className="border-ui-border-base max-h-[640px] w-full rounded-md border object-contain" />
      <a href={url} target="_blank" rel="noreferrer" className="txt-compact-small text-ui-fg-interactive inline-flex items-center gap-x-1 self-start hover:underline">
        <ArrowUpRightOnBox />
        {t("dealermall.dealer.license.openNewTab")}
      </a>
    </div>
  )
}

/** The line's photos at full size, stepping through them without going back to the table. */
export const PhotoViewer = ({ caseId, view, onChange }: Props) => {
  const { t } = useTranslation()
  const count = view?.photos.length ?? 0
  const step = (d: number) => view && onChange({ ...view, index: (view.index + d + count) % count })
  return (
    <Drawer open={!!view} onOpenChange={(o) => !o && onChange(null)}>
      <Drawer.Content className="md:max-w-[720px]">
        {view && (
          <>
            <Drawer.Header>
              <Drawer.Title>{view.title}</Drawer.Title>
              <Drawer.Description>{t("dealermall.afterSales.photos.position", { n: view.index + 1, count })}</Drawer.Description>
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
              <Photo caseId={caseId} fileId={view.photos[view.index]} />
              {count > 1 && (
                <div className="flex justify-center gap-x-2">
                  <IconButton size="small" onClick={() => step(-1)} aria-label={t("dealermall.afterSales.photos.previous")}>
                    <ChevronLeft />
                  </IconButton>
                  <IconButton size="small" onClick={() => step(1)} aria-label={t("dealermall.afterSales.photos.next")}>
                    <ChevronRight />
                  </IconButton>
                </div>
              )}
            </Drawer.Body>
          </>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
