import type { DataAttribute } from '../store/types.js';

type Model = 'contact' | 'company';

/** A standard (non-custom) attribute as `GET /data_attributes` lists it: no id, not archivable. */
interface StandardAttribute {
  name: string;
  label: string;
  description: string;
  data_type: DataAttribute['data_type'];
  api_writable: boolean;
}

const standard = (name: string, label: string, data_type: DataAttribute['data_type'], description: string, api_writable = true): StandardAttribute => ({
  name,
  label,
  data_type,
  description,
  api_writable,
});

/** The standard attributes Intercom lists before the custom ones (a few of each model's). */
const STANDARD: Record<Model, StandardAttribute[]> = {
  contact: [
    standard('id', 'ID', 'string', 'The Intercom defined id representing the contact', false),
    standard('name', 'Name', 'string', 'The name of the contact'),
    standard('email', 'Email', 'string', 'The email address of the contact'),
    standard('phone', 'Phone', 'string', 'The phone number of the contact'),
    standard('external_id', 'User ID', 'string', 'A unique identifier for the contact from your system'),
    standard('signed_up_at', 'Signed up', 'date', 'The time the contact signed up'),
    standard('last_seen_at', 'Last seen', 'date', 'The time the contact was last seen'),
    standard('unsubscribed_from_emails', 'Unsubscribed from emails', 'boolean', 'Whether the contact is unsubscribed from emails'),
  ],
  company: [
    standard('name', 'Company name', 'string', 'The name of a company'),
    standard('company_id', 'Company ID', 'string', 'A number identifying a company', false),
    standard('website', 'Company website', 'string', "The web address for the company's primary marketing site"),
  ],
};

const standardView = (model: Model) => (attribute: StandardAttribute): Record<string, unknown> => ({
  type: 'data_attribute',
  name: attribute.name,
  full_name: attribute.name,
  label: attribute.label,
  description: attribute.description,
  data_type: attribute.data_type,
  api_writable: attribute.api_writable,
  ui_writable: false,
  messenger_writable: true,
  custom: false,
  archived: false,
  model,
});

/** A custom data attribute (CDA) of contacts, as `GET /data_attributes` lists it. */
export const customAttributeView = (attribute: DataAttribute, adminId: string): Record<string, unknown> => ({
  id: attribute.id,
  type: 'data_attribute',
  name: attribute.name,
  full_name: `custom_attributes.${attribute.name}`,
  label: attribute.label,
  description: attribute.description,
  data_type: attribute.data_type,
  ...(attribute.options ? { options: [...attribute.options] } : {}),
  api_writable: true,
  ui_writable: true,
  messenger_writable: false,
  custom: true,
  archived: false,
  admin_id: adminId,
  created_at: attribute.created_at,
  updated_at: attribute.created_at,
  model: 'contact',
});

/** The standard attributes of a model, as listed. */
export const standardAttributeViews = (model: Model): Record<string, unknown>[] => STANDARD[model].map(standardView(model));
