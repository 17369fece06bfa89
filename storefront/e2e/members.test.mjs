// An owner invites a colleague from the phone, the colleague accepts the link
// with a new login and lands in the company's account. Uses the seeded approved
// demo dealer (上海禾丰商贸有限公司, hefeng@dealer.demo) as the owner.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { TEST_TIMEOUT, launchBrowser, localeUrl, openPage, screenshot } from "./helpers.mjs"

const OWNER = { email: "hefeng@dealer.demo", password: "DealerMall2026", company: "上海禾丰商贸有限公司" }
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function signIn(page, email, password) {
  await page.goto(localeUrl("zh-CN", "/sign-in"), { waitUntil: "load" })
  await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
  await page.locator("#signin-account").fill(email)
  await page.locator("#signin-password").fill(password)
  await page.locator('[data-testid="password-form"] button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === "/account")
}

describe("dealer members", () => {
  let browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(() => browser?.close())

  test("owner invites a buyer by e-mail and the buyer joins through the link (phone size)", { timeout: TEST_TIMEOUT * 2 }, async () => {
    const owner = await openPage(browser, "phone")
    const invitee = await openPage(browser, "phone")
    const email = `buyer-${unique()}@members.test`
    try {
      const page = owner.page
      await signIn(page, OWNER.email, OWNER.password)
      await page.locator('[data-testid="account-members-link"]').click()
      await page.waitForURL((url) => url.pathname === "/account/members")
      const members = page.locator('[data-testid="member"]')
      await members.first().waitFor()
      const before = await members.count()
      assert.ok((await page.locator('[data-testid="member-list"]').innerText()).includes(OWNER.email))

      await page.locator('[data-testid="invite-form"] input[name="email"]').fill(email)
      await page.locator('[data-testid="invite-form"] select[name="role"]').selectOption("buyer")
      await page.locator('[data-testid="invite-form"] button[type="submit"]').click()
      const link = page.locator('[data-testid="invite-link"]')
      await link.waitFor()
      const acceptUrl = await link.locator("input").inputValue()
      assert.match(acceptUrl, /^https?:\/\/[^/]+\/invite\/[\w-]{20,}$/, "the owner sees the link to share")
      assert.ok((await page.locator('[data-testid="invitation-list"]').innerText()).includes(email))
      await screenshot(page, "members-owner-zh-CN-phone")

      // The invitee opens the link on this storefront (the backend builds it from STOREFRONT_URL).
      const inviteePage = invitee.page
      await inviteePage.goto(localeUrl("zh-CN", new URL(acceptUrl).pathname), { waitUntil: "load" })
      const form = inviteePage.locator('[data-testid="invite-accept-form"]')
      await form.waitFor()
      await form.locator('input[name="email"]').fill(email)
      await form.locator('input[name="password"]').fill("Buyer-pass-2026")
      await form.locator('input[name="confirm"]').fill("Buyer-pass-2026")
      await form.locator('input[name="name"]').fill("李采购")
      await screenshot(inviteePage, "invite-accept-zh-CN-phone")
      await form.locator('button[type="submit"]').click()
      await inviteePage.waitForURL((url) => url.pathname === "/account", { timeout: 30_000 })
      assert.ok((await inviteePage.locator('[data-testid="account-company"]').innerText()).includes(OWNER.company))

      await page.reload({ waitUntil: "load" })
      await members.first().waitFor()
      assert.equal(await members.count(), before + 1)
      const joined = members.filter({ hasText: email })
      assert.match(await joined.locator('[data-testid="role-badge"]').innerText(), /采购/)
      assert.ok(!(await page.locator('[data-testid="invitation-list"]').count()) ||
        !(await page.locator('[data-testid="invitation-list"]').innerText()).includes(email), "the used invitation is gone")
    } finally {
      await owner.context.close()
      await invitee.context.close()
    }
  })
})
