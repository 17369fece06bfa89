import type { ReactNode } from "react"

/** A titled group of fields; two (or three) columns from md up, one on phones. */
export default function FormSection({
  title,
  columns = 2,
  children,
}: {
  title: string
  /** 3 for short fields such as province / city / district. */
  columns?: 2 | 3
  children: ReactNode
}) {
  return (
    <fieldset className="min-w-0 border-t border-gray-200 pt-5 first:border-t-0 first:pt-0">
      <legend className="float-left mb-4 w-full text-base font-semibold text-gray-900">{title}</legend>
      <div className={`clear-both grid grid-cols-1 gap-4 ${columns === 3 ? "md:grid-cols-3" : "md:grid-cols-2"}`}>{children}</div>
    </fieldset>
  )
}
