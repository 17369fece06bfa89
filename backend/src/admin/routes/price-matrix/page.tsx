import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ArrowUpTray } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, Skeleton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useCallback, useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { DealerSearch } from "../../components/dealers/dealer-search"
import { EmptyState } from "../../components/dealers/empty-state"
import { PriceMatrixImport } from "../../components/wholesale/price-matrix-import"
import { PriceMatrixTable } from "../../components/wholesale/price-matrix-table"
import { errorMessage } from "../../lib/dealers"
import {
  amountKey,
  breaksKey,
  buildUpdate,
  isDirty,
  mapServerErrors,
  RowDraft,
  RowErrors,
  rowLabel,
  rowValues,
} from "../../lib/price-matrix-draft"
import { ApiError, downloadPriceMatrixCsv, usePriceMatrix, useSavePriceMatrix } from "../../lib/wholesale"
import { MatrixError, MatrixRow, MatrixRowUpdate } from "../../lib/wholesale-types"

const PAGE_SIZE = 20

const PriceMatrixPage = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [params, setParams] = useSearchParams()
  const q = params.get("q") ?? ""
  const pageIndex = Math.max(0, Number(params.get("page") ?? 1) - 1 || 0)

  const update = useCallback(
    (patch: Record<string, string | undefined>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev)
        for (const [k, v] of Object.entries(patch)) {
          if (v) next.set(k, v)
          else next.delete(k)
        }
        return next
      })
    },
    [setParams]
  )
  const onSearch = useCallback((next: string) => update({ q: next, page: undefined }), [update])

  const { data, isLoading, error } = usePriceMatrix({ q: q || undefined, offset: pageIndex * PAGE_SIZE, limit: PAGE_SIZE })
  const save = useSavePriceMatrix()
  const tiers = useMemo(() => data?.tiers ?? [], [data])
  const tierIds = useMemo(() => tiers.map((x) => x.id), [tiers])

  // Edits survive paging and searching: they are keyed by variant and sent together by one save.
  const [drafts, setDrafts] = useState<Record<string, RowDraft>>({})
  const [errors, setErrors] = useState<Record<string, RowErrors>>({})
  const [importOpen, setImportOpen] = useState(false)
  const [exporting, setExporting] = useState(false)

  const dirtyDrafts = useMemo(() => Object.values(drafts).filter(isDirty), [drafts])
  const dirty = dirtyDrafts.length > 0

  // Closing the tab with unsaved prices asks first.
  useEffect(() => {
    if (!dirty) return
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ""
    }
    window.addEventListener("beforeunload", warn)
    return () => window.removeEventListener("beforeunload", warn)
  }, [dirty])

  const onChange = useCallback(
    (row: MatrixRow, key: string, value: string) => {
      setDrafts((prev) => {
        const existing = prev[row.variant_id]
        const base: RowDraft = existing ?? {
          variant_id: row.variant_id,
          sku: row.sku,
          label: rowLabel(row),
          original: rowValues(row, tierIds),
          values: rowValues(row, tierIds),
        }
        return { ...prev, [row.variant_id]: { ...base, values: { ...base.values, [key]: value } } }
      })
      // Editing a cell clears its message; a tier's price and its breaks are checked together, so either clears both.
      const tier = key.match(/^(?:tier|breaks):(.+)$/)?.[1]
      const cleared = tier ? [amountKey(tier), breaksKey(tier)] : [key]
      setErrors((prev) => {
        const rowErrors = prev[row.variant_id]
        if (!rowErrors || (!cleared.some((k) => rowErrors[k]) && !rowErrors.row)) return prev
        const rest = { ...rowErrors }
        for (const k of [...cleared, "row"]) delete rest[k]
        return { ...prev, [row.variant_id]: rest }
      })
    },
    [tierIds]
  )

  const messages = {
    amount: t("dealermall.wholesale.errors.positiveAmount"),
    count: t("dealermall.wholesale.errors.positiveCount"),
    baseRequired: t("dealermall.matrix.errors.baseRequired"),
    maxBelowMin: t("dealermall.matrix.errors.maxBelowMin"),
  }

  const onSave = () => {
    const rows: MatrixRowUpdate[] = []
    const found: Record<string, RowErrors> = {}
    for (const d of dirtyDrafts) {
      const r = buildUpdate(d, tierIds, messages)
      if (Object.keys(r.errors).length) found[d.variant_id] = r.errors
      else if (r.update) rows.push(r.update)
    }
    if (Object.keys(found).length) {
      setErrors(found)
      toast.error(t("dealermall.matrix.fixErrors", { n: Object.keys(found).length }))
      return
    }
    if (!rows.length) return
    save.mutate(rows, {
      onSuccess: (r) => {
        toast.dismiss() // earlier refusals no longer apply
        setDrafts({})
        setErrors({})
        toast.success(t("dealermall.matrix.saved", { n: Number(r?.updated ?? rows.length) }))
      },
      onError: (err) => {
        const list = err instanceof ApiError ? (err.body.errors as MatrixError[] | undefined) : undefined
        if (Array.isArray(list) && list.length) {
          setErrors(mapServerErrors(list, rows, tierIds))
          toast.error(t("dealermall.matrix.rejected"), { description: errorMessage(err, "") })
        } else {
          toast.error(t("dealermall.actions.failed"), {
            description: errorMessage(err, t("dealermall.actions.failed")),
          })
        }
      },
    })
  }

  const onDiscard = async () => {
    const ok = await prompt({
      title: t("dealermall.matrix.discardTitle"),
      description: t("dealermall.matrix.discardDescription", { n: dirtyDrafts.length }),
      confirmText: t("dealermall.matrix.discard"),
      cancelText: t("dealermall.actions.cancel"),
    })
    if (!ok) return
    setDrafts({})
    setErrors({})
  }

  const onExport = async () => {
    setExporting(true)
    try {
      await downloadPriceMatrixCsv()
    } catch (err) {
      toast.error(t("dealermall.matrix.exportFailed"), { description: errorMessage(err, "") })
    } finally {
      setExporting(false)
    }
  }

  const onImport = async () => {
    if (dirty) {
      const ok = await prompt({
        title: t("dealermall.matrix.importWithDraftsTitle"),
        description: t("dealermall.matrix.importWithDraftsDescription"),
        confirmText: t("dealermall.matrix.import.open"),
        cancelText: t("dealermall.actions.cancel"),
      })
      if (!ok) return
    }
    setImportOpen(true)
  }

  // Every cell with a message, including rows on other pages, so none is missed.
  const cellLabel = (cell: string): string => {
    const tier = cell.match(/^(?:tier|breaks):(.+)$/)?.[1]
    if (tier) {
      const name = tiers.find((x) => x.id === tier)?.name ?? tier
      return cell.startsWith("breaks:") ? t("dealermall.matrix.breaksOf", { tier: name }) : name
    }
    const labels: Record<string, string> = {
      base: t("dealermall.matrix.columns.base"),
      min_quantity: t("dealermall.matrix.columns.minQuantity"),
      multiple: t("dealermall.matrix.columns.multiple"),
      max_quantity: t("dealermall.matrix.columns.maxQuantity"),
    }
    return labels[cell] ?? ""
  }
  const errorList = Object.entries(errors).flatMap(([variantId, rowErrors]) =>
    Object.entries(rowErrors).map(([cell, message]) => {
      const d = drafts[variantId]
      return { who: d?.sku || d?.label || variantId, where: cellLabel(cell), message }
    })
  )

  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4 lg:flex-row lg:items-center lg:justify-between">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1">{t("dealermall.matrix.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("dealermall.matrix.subtitle")}
          </Text>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button size="small" variant="secondary" onClick={onExport} isLoading={exporting}>
            <ArrowDownTray />
            {t("dealermall.matrix.export")}
          </Button>
          <Button size="small" variant="secondary" onClick={onImport}>
            <ArrowUpTray />
            {t("dealermall.matrix.import.open")}
          </Button>
        </div>
      </div>
      <div className="flex flex-col gap-3 px-6 py-3 lg:flex-row lg:items-center lg:justify-between">
        <DealerSearch value={q} onChange={onSearch} placeholder={t("dealermall.matrix.searchPlaceholder")} />
        <div className="flex flex-wrap items-center gap-2">
          {dirty && (
            <Badge size="small" color="orange" data-testid="matrix-dirty">
              {t("dealermall.matrix.unsaved", { n: dirtyDrafts.length })}
            </Badge>
          )}
          <Button size="small" variant="secondary" disabled={!dirty || save.isPending} onClick={onDiscard}>
            {t("dealermall.matrix.discard")}
          </Button>
          <Button size="small" disabled={!dirty} isLoading={save.isPending} onClick={onSave} data-testid="matrix-save">
            {t("dealermall.actions.save")}
          </Button>
        </div>
      </div>
      {errorList.length > 0 && (
        <div className="px-6 py-3">
          <Alert variant="error" data-testid="matrix-errors">
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                {t("dealermall.matrix.errorsTitle", { n: errorList.length })}
              </Text>
              <ul className="flex flex-col gap-y-0.5">
                {errorList.slice(0, 8).map((e, i) => (
                  <li key={i} className="txt-compact-small">
                    <span className="font-mono">{e.who}</span>
                    {e.where ? ` · ${e.where}` : ""}：{e.message}
                  </li>
                ))}
                {errorList.length > 8 && (
                  <li className="txt-compact-small text-ui-fg-subtle">
                    {t("dealermall.matrix.moreErrors", { n: errorList.length - 8 })}
                  </li>
                )}
              </ul>
            </div>
          </Alert>
        </div>
      )}
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          {Array.from({ length: 6 }).map((_, i) => (
            <Skeleton key={i} className="h-10 w-full" />
          ))}
        </div>
      ) : error || !data ? (
        <EmptyState error title={t("dealermall.matrix.loadError")} description={errorMessage(error, "")} />
      ) : data.rows.length === 0 ? (
        <EmptyState
          title={t("dealermall.matrix.empty.title")}
          description={q ? t("dealermall.dealers.empty.search", { q }) : t("dealermall.matrix.empty.description")}
        />
      ) : (
        <div>
          <PriceMatrixTable rows={data.rows} tiers={tiers} drafts={drafts} errors={errors} onChange={onChange} />
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={pageIndex}
            pageCount={pageCount}
            canPreviousPage={pageIndex > 0}
            canNextPage={pageIndex < pageCount - 1}
            previousPage={() => update({ page: pageIndex > 1 ? String(pageIndex) : undefined })}
            nextPage={() => update({ page: String(pageIndex + 2) })}
            translations={{
              of: t("dealermall.dealers.pagination.of"),
              results: t("dealermall.dealers.pagination.results"),
              pages: t("dealermall.dealers.pagination.pages"),
              prev: t("dealermall.dealers.pagination.prev"),
              next: t("dealermall.dealers.pagination.next"),
            }}
          />
        </div>
      )}
      <PriceMatrixImport
        open={importOpen}
        onOpenChange={setImportOpen}
        // Drafts were made against the old prices; the imported ones replace them.
        onApplied={() => {
          setDrafts({})
          setErrors({})
        }}
      />
    </Container>
  )
}

const PriceMatrixCrumb = () => {
  const { t } = useTranslation()
  return <>{t("dealermall.matrix.title")}</>
}

export const config = defineRouteConfig({
  label: "dealermall.nav.priceMatrix",
  translationNs: "translation",
  nested: "/products",
})

export const handle = {
  breadcrumb: () => <PriceMatrixCrumb />,
}

export default PriceMatrixPage
