import { ExclamationCircle, MagnifyingGlass } from "@medusajs/icons"
import { Text } from "@medusajs/ui"

type Props = { title: string; description?: string; error?: boolean }

export const EmptyState = ({ title, description, error }: Props) => (
  <div className="flex min-h-[200px] flex-col items-center justify-center gap-y-2 px-6 py-10 text-center">
    {error ? (
      <ExclamationCircle className="text-ui-fg-error" />
    ) : (
      <MagnifyingGlass className="text-ui-fg-subtle" />
    )}
    <Text size="small" weight="plus">
      {title}
    </Text>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)
