import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { DealerMember } from "../../lib/types"

function memberName(m: DealerMember): string {
  // Chinese names read family name first; the customer record keeps them apart.
  const name = [m.last_name, m.first_name].filter(Boolean).join("")
  return name || "—"
}

export const DealerMembers = ({ members }: { members: DealerMember[] }) => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("dealermall.dealer.sections.members")}</Heading>
      </div>
      {members.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("dealermall.dealer.members.empty")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("dealermall.dealer.members.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.dealer.members.email")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.dealer.members.phone")}</Table.HeaderCell>
                <Table.HeaderCell>{t("dealermall.dealer.members.role")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {members.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell>{memberName(m)}</Table.Cell>
                  <Table.Cell className="break-all">{m.email ?? "—"}</Table.Cell>
                  <Table.Cell className="tabular-nums">{m.phone ?? "—"}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={m.role === "owner" ? "purple" : "grey"}>
                      {t(`dealermall.dealer.members.roles.${m.role}`, { defaultValue: m.role })}
                    </Badge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
