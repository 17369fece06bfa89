/** Grey help text under a field; amber when it warns (a hint never blocks submitting). */
export default function FieldHint({ id, text, warn = false }: { id: string; text: string; warn?: boolean }) {
  return (
    <p id={id} className={`text-xs leading-5 ${warn ? "text-amber-700" : "text-gray-500"}`}>
      {text}
    </p>
  )
}
