import type { ReactNode } from "react"

export default function SectionHeading({ id, title, action }: { id: string; title: string; action?: ReactNode }) {
  return (
    <div className="mb-4 flex items-end justify-between gap-4">
      <h2 id={id} className="border-l-4 border-brand-600 pl-3 text-lg font-bold text-gray-900 md:text-xl">
        {title}
      </h2>
      {action}
    </div>
  )
}
