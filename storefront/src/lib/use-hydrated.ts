"use client"

import { useEffect, useState } from "react"

/**
 * True once React has hydrated the component: tests (and impatient thumbs)
 * clicking a server-rendered button earlier would hit a handler-less element.
 * Rendered as data-ready so e2e tests can wait for it.
 */
export function useHydrated(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  return ready
}
