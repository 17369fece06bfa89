import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import {
  COMBOS, MESSAGES, TEST_TIMEOUT, assertCommonPage, assertNoPageErrors, goto, launchBrowser, openPage, screenshot,
} from "./helpers.mjs"

describe("sign-in shell", () => {
  let browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(() => browser?.close())

  for (const { locale, viewport } of COMBOS) {
    test(`password and SMS tabs answer "coming soon" in ${locale} at ${viewport} size`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, viewport)
      const m = MESSAGES[locale].SignIn
      try {
        await goto(page, locale, "/sign-in")
        await assertCommonPage(page, { locale, viewport })
        await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
        assert.equal((await page.locator("h1").innerText()).trim(), m.title)
        const notice = page.locator('[data-testid="form-notice"]')

        // Empty submit: inline validation, no notice.
        await page.locator('[data-testid="password-form"] button[type="submit"]').click()
        await page.getByText(m.errors.accountRequired).waitFor()
        assert.equal((await notice.innerText()).trim(), "")

        await page.getByLabel(m.account, { exact: true }).fill("dealer@example.com")
        await page.locator("#signin-password").fill("secret-password")
        await page.locator('[data-testid="password-form"] button[type="submit"]').click()
        await page.getByText(m.comingSoon).waitFor()
        assert.ok(!page.url().includes("secret-password"), "password never in the URL")

        await page.getByRole("tab", { name: m.tabSms }).click()
        assert.equal(await page.getByRole("tab", { name: m.tabSms }).getAttribute("aria-selected"), "true")
        await page.getByLabel(m.phone, { exact: true }).fill("13800138000")
        await page.locator('[data-testid="send-code"]').click()
        await page.getByText(m.comingSoon).waitFor()
        await page.getByLabel(m.code, { exact: true }).fill("123456")
        await page.locator('[data-testid="sms-form"] button[type="submit"]').click()
        await page.getByText(m.comingSoon).waitFor()

        await assertNoPageErrors(page)
        await screenshot(page, `sign-in-${locale}-${viewport}`)
      } finally {
        await context.close()
      }
    })
  }
})
