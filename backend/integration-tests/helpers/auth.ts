import { Modules } from "@medusajs/framework/utils"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<any> }

/** A staff user with a bearer token, created straight through the user and auth modules. */
export async function staffHeaders(container: any, api: Api, email = "reviewer@dealermall.test", password = "staff-pass-1") {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  let [user] = await users.listUsers({ email })
  if (!user) {
    user = await users.createUsers({ email, first_name: "审核", last_name: "张" })
    const { authIdentity } = await auth.register("emailpass", { body: { email, password } })
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  }
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { user, headers: { authorization: `Bearer ${data.token}` } }
}

/** A registration token for a brand-new customer login. */
export async function registrationToken(api: Api, email: string, password: string) {
  const { data } = await api.post("/auth/customer/emailpass/register", { email, password })
  return data.token as string
}

export async function customerToken(api: Api, email: string, password: string) {
  const { data } = await api.post("/auth/customer/emailpass", { email, password })
  return data.token as string
}
