// The staff side of the foundation: the admin dashboard is served by the backend,
// the seeded staff user can sign in, and the demo catalog is there.
import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import { TEST_TIMEOUT, launchBrowser, screenshot } from "./helpers.mjs"

const ADMIN_URL = `${(process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")}/app`
const EMAIL = process.env.ADMIN_EMAIL || "admin@dealermall.local"
const PASSWORD = process.env.ADMIN_PASSWORD

describe("admin dashboard", { skip: PASSWORD ? false : "ADMIN_PASSWORD is not set (npm test sets it)" }, () => {
  let browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(() => browser?.close())

  test("staff sign in and see the demo catalog with Chinese names", { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    try {
      await page.goto(`${ADMIN_URL}/login`)
      await page.fill('input[name="email"]', EMAIL)
      await page.fill('input[name="password"]', PASSWORD)
      await page.click('button[type="submit"]')
      await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 30_000 })
      await page.goto(`${ADMIN_URL}/products`)
      await page.locator("table tbody tr").first().waitFor({ timeout: 30_000 })
      const rows = await page.locator("table tbody tr").allInnerTexts()
      assert.ok(rows.length >= 10, `expected a page of products, got ${rows.length} rows`)
      assert.ok(rows.some((r) => /[\u4e00-\u9fff]/.test(r)), "product names are Chinese")
      assert.ok(rows.some((r) => r.includes("经销商订货商城")), "products are in the dealer sales channel")
      await screenshot(page, "admin-products-desktop")
    } finally {
      await context.close()
    }
  })

  test("a wrong password is refused and stays on the sign-in page", { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      await page.goto(`${ADMIN_URL}/login`)
      await page.fill('input[name="email"]', EMAIL)
      await page.fill('input[name="password"]', "not-the-password")
      await page.click('button[type="submit"]')
      await page.waitForTimeout(1500)
      assert.match(new URL(page.url()).pathname, /\/login$/)
      const me = await page.evaluate(async () => (await fetch("/admin/users/me")).status)
      assert.equal(me, 401)
    } finally {
      await context.close()
    }
  })
})
