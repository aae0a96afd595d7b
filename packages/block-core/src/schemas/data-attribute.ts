/**
 * A custom contact attribute of the workspace (a `data_attribute` with `custom: true`), as the proxy's
 * `/v1/intercom/data-attributes` returns it: what `custom_attributes` may hold, and of which type.
 */
export interface DataAttributeInfo {
  /** The key to use in `custom_attributes` (and `custom_attributes.<name>` in a search). */
  name: string;
  /** string, integer, float, boolean or date (a UNIX timestamp in seconds). */
  data_type: string;
  /** The name people see in Intercom. */
  label?: string;
  description?: string;
  /** A list attribute's options: its value must be one of them. */
  options?: string[];
}
