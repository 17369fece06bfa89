import en from "./json/en.json"
import zhCN from "./json/zh-CN.json"

// Keys must match the dashboard's language codes ("en", "zhCN"): it merges these into its own resources
// and only enables languages it knows. All strings sit under "dealermall" to avoid clashing with core keys.
export default {
  en: { translation: en },
  zhCN: { translation: zhCN },
}
