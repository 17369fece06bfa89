import { createNavigation } from "next-intl/navigation"
import { routing } from "./routing"

// Locale-aware wrappers so links never have to spell the /en prefix.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)
