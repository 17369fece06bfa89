import { Text } from "@medusajs/ui"
import { ReactNode } from "react"

type Props = { label: string; value?: ReactNode; children?: ReactNode }

/** Label/value row in the style of the dashboard's own detail sections. */
export const SectionRow = ({ label, value, children }: Props) => {
  const content = children ?? value
  return (
    <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-4 px-6 py-4">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      {typeof content === "string" || typeof content === "number" || content == null ? (
        <Text size="small" leading="compact" className="whitespace-pre-line break-words">
          {content === "" || content == null ? "—" : content}
        </Text>
      ) : (
        <div className="min-w-0">{content}</div>
      )}
    </div>
  )
}
