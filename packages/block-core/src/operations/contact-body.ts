import { optionalJsonObject, optionalText } from '../requests/config-values.js';
import type { ContactRole, IntercomConfig } from '../types.js';

export const contactRoles: readonly ContactRole[] = ['user', 'lead'];

/** The contact attributes create and update share; only the ones given are sent, so nothing is blanked by accident. */
export function contactAttributes(config: IntercomConfig): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  const email = optionalText(config, 'email');
  const name = optionalText(config, 'name');
  const phone = optionalText(config, 'phone');
  const customAttributes = optionalJsonObject(config, 'customAttributesJson');
  if (email !== undefined) attributes.email = email;
  if (name !== undefined) attributes.name = name;
  if (phone !== undefined) attributes.phone = phone;
  if (customAttributes !== undefined) attributes.custom_attributes = customAttributes;
  return attributes;
}
