import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

type Props = { count: number; pageSize: number; pageIndex: number; onPageChange: (pageIndex: number) => void }

/** The table footer the other DealerMall lists use, with their pagination texts. */
export const ListPagination = ({ count, pageSize, pageIndex, onPageChange }: Props) => {
  const { t } = useTranslation()
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex < pageCount - 1}
      previousPage={() => onPageChange(pageIndex - 1)}
      nextPage={() => onPageChange(pageIndex + 1)}
      translations={{
        of: t("dealermall.dealers.pagination.of"),
        results: t("dealermall.dealers.pagination.results"),
        pages: t("dealermall.dealers.pagination.pages"),
        prev: t("dealermall.dealers.pagination.prev"),
        next: t("dealermall.dealers.pagination.next"),
      }}
    />
  )
}
