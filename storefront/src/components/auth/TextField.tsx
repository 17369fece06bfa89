import type { ComponentPropsWithRef, ReactNode } from "react"

// React 19 passes `ref` as a plain prop, so callers can focus the input.
type Props = ComponentPropsWithRef<"input"> & {
  id: string
  label: string
  error?: string
  /** Rendered inside the field's row, right of the input (e.g. a send-code button). */
  trailing?: ReactNode
}

export default function TextField({ id, label, error, trailing, className = "", ...input }: Props) {
  const errorId = `${id}-error`
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-gray-800">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={`h-12 min-w-0 flex-1 rounded-lg border bg-white px-3 text-base text-gray-900 placeholder:text-gray-400 focus:outline-none focus:ring-2 ${
            error ? "border-red-500 focus:ring-red-200" : "border-gray-300 focus:border-brand-600 focus:ring-brand-100"
          } ${className}`}
          {...input}
        />
        {trailing}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  )
}
