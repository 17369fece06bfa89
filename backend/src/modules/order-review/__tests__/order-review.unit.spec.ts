import { dealerOrderStatus, type StatusFacts } from "../dealer-status"
import { check, failedChecks, matchingRule, type ReviewChecks } from "../checks"

describe("the dealer-facing order status", () => {
  const cases: [StatusFacts, string][] = [
    [{ order_status: "pending", review_status: null }, "submitted"],
    [{ order_status: "pending", review_status: "pending" }, "in_review"],
    [{ order_status: "pending", review_status: "changes_requested" }, "changes_requested"],
    [{ order_status: "canceled", review_status: "rejected" }, "rejected"],
    [{ order_status: "canceled", review_status: "cancelled" }, "cancelled"],
    [{ order_status: "canceled", review_status: "pending" }, "cancelled"],
    [{ order_status: "canceled", review_status: "approved", payment_status: "captured" }, "cancelled"],
    [{ order_status: "pending", review_status: "approved", payment_status: "authorized" }, "awaiting_payment"],
    [{ order_status: "pending", review_status: "approved", payment_status: "not_paid" }, "awaiting_payment"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured" }, "paid"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured", fulfillment_status: "not_fulfilled" }, "paid"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured", fulfillment_status: "fulfilled" }, "processing"],
    [{ order_status: "pending", review_status: "approved", payment_status: "authorized", fulfillment_status: "partially_fulfilled" }, "processing"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured", fulfillment_status: "partially_shipped" }, "partially_shipped"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured", fulfillment_status: "shipped" }, "shipped"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured", fulfillment_status: "partially_delivered" }, "shipped"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured", fulfillment_status: "delivered" }, "delivered"],
    [{ order_status: "pending", review_status: "approved", payment_status: "captured", fulfillment_status: "delivered", received: true }, "received"],
    [{ order_status: "completed", review_status: "approved", payment_status: "captured", fulfillment_status: "delivered" }, "completed"],
  ]
  it.each(cases)("%j → %s", (facts, expected) => {
    expect(dealerOrderStatus(facts)).toBe(expected)
  })
})

describe("auto-approval rules", () => {
  const ok = check("ok", "ok")
  const allOk: ReviewChecks = { info: ok, stock: ok, credit: ok, prices: ok, rules: ok }
  const creditWarn: ReviewChecks = { ...allOk, credit: check("warn", "超出额度") }
  const rule = (over: Partial<Parameters<typeof matchingRule>[0][number]>) => ({
    id: "r",
    name: "r",
    enabled: true,
    max_total: null,
    tier_group_id: null,
    require_all_checks: true,
    ...over,
  })
  it("approves only orders that fit every condition of an enabled rule", () => {
    const order = { total: 500, tier_group_id: "g1", checks: allOk }
    expect(matchingRule([rule({ max_total: 1000 })], order)?.id).toBe("r")
    expect(matchingRule([rule({ max_total: 100 })], order)).toBeNull()
    expect(matchingRule([rule({ tier_group_id: "g2" })], order)).toBeNull()
    expect(matchingRule([rule({ enabled: false })], order)).toBeNull()
    expect(matchingRule([rule({})], { ...order, checks: creditWarn })).toBeNull()
    expect(matchingRule([rule({ require_all_checks: false })], { ...order, checks: creditWarn })?.id).toBe("r")
    expect(failedChecks(creditWarn)).toEqual(["credit"])
  })
})
