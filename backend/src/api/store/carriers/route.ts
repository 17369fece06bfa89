export { GET } from "../../admin/carriers/route"
