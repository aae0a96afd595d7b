/* eslint-disable */
// @ts-nocheck
// Generated from jsonFieldSchemas by ajv 8 standalone (schemas/compiled-schemas.test.ts); do not edit.
// Regenerate: pnpm exec vitest run --project unit packages/block-core/src/schemas/compiled-schemas.test.ts -u
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Search contacts request","description":"The body of Intercom's Search Contacts request: a query, and optionally pagination and sort.","type":"object","properties":{"query":{"anyOf":[{"type":"object","description":"What to search for: one filter {field, operator, value}, or an AND/OR group of filters (groups nest at most 2 levels).","if":{"type":"object","not":{"required":["field"]},"anyOf":[{"required":["operator"],"properties":{"operator":{"type":"string","pattern":"^\\s*([Aa][Nn][Dd]|[Oo][Rr])\\s*$"}}},{"required":["value"],"properties":{"value":{"type":"array","contains":{"type":"object"}}}}]},"then":{"type":"object","title":"AND/OR group","description":"Combines filters with AND or OR. Groups nest at most 2 levels deep.","properties":{"operator":{"anyOf":[{"type":"string","description":"AND: every item must match. OR: at least one item must match.","enum":["AND","OR"],"enumDescriptions":["Every filter or group in value must match.","At least one filter or group in value must match."]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"AND: every item must match. OR: at least one item must match."},"value":{"description":"What the group combines: all filters, or all groups (not a mix). At most 15 items.","if":{"type":"array","contains":{"type":"object","not":{"required":["field"]},"anyOf":[{"required":["operator"],"properties":{"operator":{"type":"string","pattern":"^\\s*([Aa][Nn][Dd]|[Oo][Rr])\\s*$"}}},{"required":["value"],"properties":{"value":{"type":"array","contains":{"type":"object"}}}}]}},"then":{"type":"array","title":"A list of groups","minItems":1,"maxItems":15,"items":{"anyOf":[{"type":"object","title":"AND/OR group","description":"Combines filters with AND or OR. Groups nest at most 2 levels deep.","properties":{"operator":{"anyOf":[{"type":"string","description":"AND: every item must match. OR: at least one item must match.","enum":["AND","OR"],"enumDescriptions":["Every filter or group in value must match.","At least one filter or group in value must match."]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"AND: every item must match. OR: at least one item must match."},"value":{"description":"What the group combines: all filters, or all groups (not a mix). At most 15 items.","anyOf":[{"type":"array","title":"A list of filters","minItems":1,"maxItems":15,"items":{"anyOf":[{"type":"object","title":"Filter","description":"One condition: a field, an operator and a value.","properties":{"field":{"description":"The contact field to search on: a standard field or custom_attributes.<name>.","anyOf":[{"type":"string","enum":["id","role","name","avatar","owner_id","email","email_domain","phone","formatted_phone","external_id","created_at","signed_up_at","updated_at","last_seen_at","last_contacted_at","last_replied_at","last_email_opened_at","last_email_clicked_at","language_override","browser","browser_language","os","location.country","location.region","location.city","unsubscribed_from_emails","marked_email_as_spam","has_hard_bounced","ios_last_seen_at","ios_app_version","ios_device","ios_app_device","ios_os_version","ios_app_name","ios_sdk_version","android_last_seen_at","android_app_version","android_device","android_app_name","android_sdk_version","segment_id","tag_id"],"enumDescriptions":["The contact's Intercom ID.","The contact role: \"user\" or \"lead\".","The contact's name.","The URL of the contact's avatar image.","The ID of the admin who owns the contact.","The contact's email address.","The domain of the email address, e.g. example.com.","The phone number as it was given.","The phone number in E.164 format, e.g. +14155550123.","The ID your own system gave the contact.","When the contact was created. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the user signed up. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last updated. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last seen. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When a teammate last contacted the contact. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last replied. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last opened an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last clicked a link in an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The language set by hand for the contact, e.g. \"fr\".","The browser the contact last used.","The language of the contact's browser.","The operating system the contact last used.","The contact's country.","The contact's region or state.","The contact's city.","Whether the contact unsubscribed from emails.","Whether the contact marked an email as spam.","Whether an email to the contact hard-bounced.","When the contact was last seen in your iOS app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your iOS app the contact uses.","The contact's iOS device.","The device your iOS app runs on.","The iOS version of the device.","The name of your iOS app.","The Intercom iOS SDK version in your app.","When the contact was last seen in your Android app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your Android app the contact uses.","The contact's Android device.","The name of your Android app.","The Intercom Android SDK version in your app.","The ID of a segment the contact is in.","The ID of a tag on the contact. Operators: = or != only."]},{"type":"string","title":"custom_attributes.<name>","pattern":"^custom_attributes\\.[^.]+$","description":"A custom data attribute of the contact, e.g. custom_attributes.plan."},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}]},"operator":{"anyOf":[{"type":"string","description":"How the field's value is compared with value. Which operators work depends on the field: dates take only =, < and >.","enum":["=","!=","IN","NIN","<","<=",">",">=","~","!~","^","$"],"enumDescriptions":["Equals. Works on every field; on a date field it matches the whole day.","Doesn't equal. Not for date fields.","In: matches any value of a list (a shortcut for OR). The value must be an array, e.g. [\"user\", \"lead\"]. Not for date fields or tag_id.","Not in: matches none of the values of a list. The value must be an array. Not for date fields or tag_id.","Lower than. For numbers and dates; on a date field it matches before the start of that day.","Lower than or equal to. For numbers; not for date fields.","Greater than. For numbers and dates; on a date field it matches from the start of the next day.","Greater than or equal to. For numbers; not for date fields.","Contains. For text fields.","Doesn't contain. For text fields.","Starts with. For text fields.","Ends with. For text fields."]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"How the field's value is compared with value. Which operators work depends on the field: dates take only =, < and >."},"value":{"description":"The value to compare with: text, a whole number, true or false, null, or an array for IN and NIN. Dates are UNIX timestamps in seconds.","type":["string","integer","boolean","null","array"],"items":{"type":["string","integer"]}}},"required":["field","operator","value"],"additionalProperties":false,"defaultSnippets":[{"label":"Filter","description":"One condition: field, operator and value.","body":{"field":"email","operator":"=","value":""}}]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"title":"Filter","description":"One condition: a field, an operator and a value.","defaultSnippets":[{"label":"Filter","description":"One condition: field, operator and value.","body":{"field":"email","operator":"=","value":""}}]}},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}]}},"required":["operator","value"],"additionalProperties":false,"defaultSnippets":[{"label":"AND group","description":"Combine filters with AND.","body":{"operator":"AND","value":[{"field":"email","operator":"=","value":""}]}},{"label":"OR group","description":"Combine filters with OR.","body":{"operator":"OR","value":[{"field":"email","operator":"=","value":""}]}}]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"title":"AND/OR group","description":"Combines filters with AND or OR. Groups nest at most 2 levels deep.","defaultSnippets":[{"label":"AND group","description":"Combine filters with AND.","body":{"operator":"AND","value":[{"field":"email","operator":"=","value":""}]}},{"label":"OR group","description":"Combine filters with OR.","body":{"operator":"OR","value":[{"field":"email","operator":"=","value":""}]}}]}},"else":{"anyOf":[{"type":"array","title":"A list of filters","minItems":1,"maxItems":15,"items":{"anyOf":[{"type":"object","title":"Filter","description":"One condition: a field, an operator and a value.","properties":{"field":{"description":"The contact field to search on: a standard field or custom_attributes.<name>.","anyOf":[{"type":"string","enum":["id","role","name","avatar","owner_id","email","email_domain","phone","formatted_phone","external_id","created_at","signed_up_at","updated_at","last_seen_at","last_contacted_at","last_replied_at","last_email_opened_at","last_email_clicked_at","language_override","browser","browser_language","os","location.country","location.region","location.city","unsubscribed_from_emails","marked_email_as_spam","has_hard_bounced","ios_last_seen_at","ios_app_version","ios_device","ios_app_device","ios_os_version","ios_app_name","ios_sdk_version","android_last_seen_at","android_app_version","android_device","android_app_name","android_sdk_version","segment_id","tag_id"],"enumDescriptions":["The contact's Intercom ID.","The contact role: \"user\" or \"lead\".","The contact's name.","The URL of the contact's avatar image.","The ID of the admin who owns the contact.","The contact's email address.","The domain of the email address, e.g. example.com.","The phone number as it was given.","The phone number in E.164 format, e.g. +14155550123.","The ID your own system gave the contact.","When the contact was created. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the user signed up. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last updated. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last seen. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When a teammate last contacted the contact. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last replied. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last opened an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last clicked a link in an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The language set by hand for the contact, e.g. \"fr\".","The browser the contact last used.","The language of the contact's browser.","The operating system the contact last used.","The contact's country.","The contact's region or state.","The contact's city.","Whether the contact unsubscribed from emails.","Whether the contact marked an email as spam.","Whether an email to the contact hard-bounced.","When the contact was last seen in your iOS app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your iOS app the contact uses.","The contact's iOS device.","The device your iOS app runs on.","The iOS version of the device.","The name of your iOS app.","The Intercom iOS SDK version in your app.","When the contact was last seen in your Android app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your Android app the contact uses.","The contact's Android device.","The name of your Android app.","The Intercom Android SDK version in your app.","The ID of a segment the contact is in.","The ID of a tag on the contact. Operators: = or != only."]},{"type":"string","title":"custom_attributes.<name>","pattern":"^custom_attributes\\.[^.]+$","description":"A custom data attribute of the contact, e.g. custom_attributes.plan."},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}]},"operator":{"anyOf":[{"type":"string","description":"How the field's value is compared with value. Which operators work depends on the field: dates take only =, < and >.","enum":["=","!=","IN","NIN","<","<=",">",">=","~","!~","^","$"],"enumDescriptions":["Equals. Works on every field; on a date field it matches the whole day.","Doesn't equal. Not for date fields.","In: matches any value of a list (a shortcut for OR). The value must be an array, e.g. [\"user\", \"lead\"]. Not for date fields or tag_id.","Not in: matches none of the values of a list. The value must be an array. Not for date fields or tag_id.","Lower than. For numbers and dates; on a date field it matches before the start of that day.","Lower than or equal to. For numbers; not for date fields.","Greater than. For numbers and dates; on a date field it matches from the start of the next day.","Greater than or equal to. For numbers; not for date fields.","Contains. For text fields.","Doesn't contain. For text fields.","Starts with. For text fields.","Ends with. For text fields."]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"How the field's value is compared with value. Which operators work depends on the field: dates take only =, < and >."},"value":{"description":"The value to compare with: text, a whole number, true or false, null, or an array for IN and NIN. Dates are UNIX timestamps in seconds.","type":["string","integer","boolean","null","array"],"items":{"type":["string","integer"]}}},"required":["field","operator","value"],"additionalProperties":false,"defaultSnippets":[{"label":"Filter","description":"One condition: field, operator and value.","body":{"field":"email","operator":"=","value":""}}]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"title":"Filter","description":"One condition: a field, an operator and a value.","defaultSnippets":[{"label":"Filter","description":"One condition: field, operator and value.","body":{"field":"email","operator":"=","value":""}}]}},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}]}}},"required":["operator","value"],"additionalProperties":false,"defaultSnippets":[{"label":"AND group","description":"Combine filters with AND.","body":{"operator":"AND","value":[{"field":"email","operator":"=","value":""}]}},{"label":"OR group","description":"Combine filters with OR.","body":{"operator":"OR","value":[{"field":"email","operator":"=","value":""}]}}]},"else":{"type":"object","title":"Filter","description":"One condition: a field, an operator and a value.","properties":{"field":{"description":"The contact field to search on: a standard field or custom_attributes.<name>.","anyOf":[{"type":"string","enum":["id","role","name","avatar","owner_id","email","email_domain","phone","formatted_phone","external_id","created_at","signed_up_at","updated_at","last_seen_at","last_contacted_at","last_replied_at","last_email_opened_at","last_email_clicked_at","language_override","browser","browser_language","os","location.country","location.region","location.city","unsubscribed_from_emails","marked_email_as_spam","has_hard_bounced","ios_last_seen_at","ios_app_version","ios_device","ios_app_device","ios_os_version","ios_app_name","ios_sdk_version","android_last_seen_at","android_app_version","android_device","android_app_name","android_sdk_version","segment_id","tag_id"],"enumDescriptions":["The contact's Intercom ID.","The contact role: \"user\" or \"lead\".","The contact's name.","The URL of the contact's avatar image.","The ID of the admin who owns the contact.","The contact's email address.","The domain of the email address, e.g. example.com.","The phone number as it was given.","The phone number in E.164 format, e.g. +14155550123.","The ID your own system gave the contact.","When the contact was created. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the user signed up. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last updated. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last seen. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When a teammate last contacted the contact. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last replied. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last opened an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last clicked a link in an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The language set by hand for the contact, e.g. \"fr\".","The browser the contact last used.","The language of the contact's browser.","The operating system the contact last used.","The contact's country.","The contact's region or state.","The contact's city.","Whether the contact unsubscribed from emails.","Whether the contact marked an email as spam.","Whether an email to the contact hard-bounced.","When the contact was last seen in your iOS app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your iOS app the contact uses.","The contact's iOS device.","The device your iOS app runs on.","The iOS version of the device.","The name of your iOS app.","The Intercom iOS SDK version in your app.","When the contact was last seen in your Android app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your Android app the contact uses.","The contact's Android device.","The name of your Android app.","The Intercom Android SDK version in your app.","The ID of a segment the contact is in.","The ID of a tag on the contact. Operators: = or != only."]},{"type":"string","title":"custom_attributes.<name>","pattern":"^custom_attributes\\.[^.]+$","description":"A custom data attribute of the contact, e.g. custom_attributes.plan."},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}]},"operator":{"anyOf":[{"type":"string","description":"How the field's value is compared with value. Which operators work depends on the field: dates take only =, < and >.","enum":["=","!=","IN","NIN","<","<=",">",">=","~","!~","^","$"],"enumDescriptions":["Equals. Works on every field; on a date field it matches the whole day.","Doesn't equal. Not for date fields.","In: matches any value of a list (a shortcut for OR). The value must be an array, e.g. [\"user\", \"lead\"]. Not for date fields or tag_id.","Not in: matches none of the values of a list. The value must be an array. Not for date fields or tag_id.","Lower than. For numbers and dates; on a date field it matches before the start of that day.","Lower than or equal to. For numbers; not for date fields.","Greater than. For numbers and dates; on a date field it matches from the start of the next day.","Greater than or equal to. For numbers; not for date fields.","Contains. For text fields.","Doesn't contain. For text fields.","Starts with. For text fields.","Ends with. For text fields."]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"How the field's value is compared with value. Which operators work depends on the field: dates take only =, < and >."},"value":{"description":"The value to compare with: text, a whole number, true or false, null, or an array for IN and NIN. Dates are UNIX timestamps in seconds.","type":["string","integer","boolean","null","array"],"items":{"type":["string","integer"]}}},"required":["field","operator","value"],"additionalProperties":false,"defaultSnippets":[{"label":"Filter","description":"One condition: field, operator and value.","body":{"field":"email","operator":"=","value":""}}]},"defaultSnippets":[{"label":"Filter","description":"One condition: field, operator and value.","body":{"field":"email","operator":"=","value":""}},{"label":"AND group","description":"Combine filters with AND.","body":{"operator":"AND","value":[{"field":"email","operator":"=","value":""}]}},{"label":"OR group","description":"Combine filters with OR.","body":{"operator":"OR","value":[{"field":"email","operator":"=","value":""}]}}]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"What to search for: one filter {field, operator, value}, or an AND/OR group of filters (groups nest at most 2 levels).","defaultSnippets":[{"label":"Filter","description":"One condition: field, operator and value.","body":{"field":"email","operator":"=","value":""}},{"label":"AND group","description":"Combine filters with AND.","body":{"operator":"AND","value":[{"field":"email","operator":"=","value":""}]}},{"label":"OR group","description":"Combine filters with OR.","body":{"operator":"OR","value":[{"field":"email","operator":"=","value":""}]}}]},"pagination":{"anyOf":[{"type":["object","null"],"description":"Which page of results to fetch.","properties":{"per_page":{"anyOf":[{"type":"integer","description":"How many contacts per page, from 1 to 150. Intercom's default is 50.","minimum":1,"maximum":150,"default":50},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"How many contacts per page, from 1 to 150. Intercom's default is 50."},"starting_after":{"type":["string","null"],"description":"The cursor of the next page: pages.next.starting_after from the previous results."}},"additionalProperties":false},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"Which page of results to fetch."},"sort":{"anyOf":[{"type":"object","description":"How to order the results.","properties":{"field":{"description":"The contact field to sort on, e.g. created_at.","anyOf":[{"type":"string","enum":["id","role","name","avatar","owner_id","email","email_domain","phone","formatted_phone","external_id","created_at","signed_up_at","updated_at","last_seen_at","last_contacted_at","last_replied_at","last_email_opened_at","last_email_clicked_at","language_override","browser","browser_language","os","location.country","location.region","location.city","unsubscribed_from_emails","marked_email_as_spam","has_hard_bounced","ios_last_seen_at","ios_app_version","ios_device","ios_app_device","ios_os_version","ios_app_name","ios_sdk_version","android_last_seen_at","android_app_version","android_device","android_app_name","android_sdk_version","segment_id","tag_id"],"enumDescriptions":["The contact's Intercom ID.","The contact role: \"user\" or \"lead\".","The contact's name.","The URL of the contact's avatar image.","The ID of the admin who owns the contact.","The contact's email address.","The domain of the email address, e.g. example.com.","The phone number as it was given.","The phone number in E.164 format, e.g. +14155550123.","The ID your own system gave the contact.","When the contact was created. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the user signed up. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last updated. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact was last seen. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When a teammate last contacted the contact. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last replied. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last opened an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","When the contact last clicked a link in an email. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The language set by hand for the contact, e.g. \"fr\".","The browser the contact last used.","The language of the contact's browser.","The operating system the contact last used.","The contact's country.","The contact's region or state.","The contact's city.","Whether the contact unsubscribed from emails.","Whether the contact marked an email as spam.","Whether an email to the contact hard-bounced.","When the contact was last seen in your iOS app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your iOS app the contact uses.","The contact's iOS device.","The device your iOS app runs on.","The iOS version of the device.","The name of your iOS app.","The Intercom iOS SDK version in your app.","When the contact was last seen in your Android app. UNIX timestamp in seconds, matched by calendar day in the workspace timezone. Operators: =, < or >.","The version of your Android app the contact uses.","The contact's Android device.","The name of your Android app.","The Intercom Android SDK version in your app.","The ID of a segment the contact is in.","The ID of a tag on the contact. Operators: = or != only."]},{"type":"string"}]},"order":{"anyOf":[{"type":"string","description":"ascending or descending. Intercom sorts descending when order is left out.","enum":["ascending","descending"],"enumDescriptions":["Smallest or oldest first.","Largest or newest first (the default)."],"default":"descending"},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"ascending or descending. Intercom sorts descending when order is left out."}},"additionalProperties":false},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"How to order the results."}},"required":["query"],"additionalProperties":false,"defaultSnippets":[{"label":"Search by email","body":{"query":{"field":"email","operator":"=","value":""}}},{"label":"Search with an AND group","body":{"query":{"operator":"AND","value":[{"field":"role","operator":"=","value":"user"},{"field":"created_at","operator":">","value":1577836800}]},"pagination":{"per_page":50}}}]};
const pattern0 = new RegExp("^\\s*([Aa][Nn][Dd]|[Oo][Rr])\\s*$", "u");
const pattern1 = new RegExp("^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$", "u");
const pattern4 = new RegExp("^custom_attributes\\.[^.]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.query === undefined) && (missing0 = "query")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "query") || (key0 === "pagination")) || (key0 === "sort"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.query !== undefined){
let data0 = data.query;
const _errs2 = errors;
const _errs3 = errors;
let valid1 = false;
const _errs4 = errors;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err0 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const _errs6 = errors;
let valid2 = true;
const _errs7 = errors;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs9 = errors;
const _errs10 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing1;
if((data0.field === undefined) && (missing1 = "field")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid3 = _errs10 === errors;
if(valid3){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing2;
if((data0.operator === undefined) && (missing2 = "operator")){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data0.operator !== undefined){
let data1 = data0.operator;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
}
var _valid2 = _errs12 === errors;
valid4 = valid4 || _valid2;
if(!valid4){
const _errs15 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing3;
if((data0.value === undefined) && (missing3 = "value")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data0.value !== undefined){
let data2 = data0.value;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data2)){
const _errs18 = errors;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs19 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var valid7 = _errs19 === errors;
if(valid7){
break;
}
}
if(!valid7){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
}
else {
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
}
var _valid2 = _errs15 === errors;
valid4 = valid4 || _valid2;
}
if(!valid4){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
var _valid1 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs21 = errors;
if(errors === _errs21){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing4;
if(((data0.operator === undefined) && (missing4 = "operator")) || ((data0.value === undefined) && (missing4 = "value"))){
const err12 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/then/required",keyword:"required",params:{missingProperty: missing4}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
const _errs23 = errors;
for(const key1 in data0){
if(!((key1 === "operator") || (key1 === "value"))){
const err13 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/then/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
break;
}
}
if(_errs23 === errors){
if(data0.operator !== undefined){
let data4 = data0.operator;
const _errs24 = errors;
const _errs25 = errors;
let valid9 = false;
const _errs26 = errors;
if(typeof data4 !== "string"){
const err14 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/operator/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!((data4 === "AND") || (data4 === "OR"))){
const err15 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/operator/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].then.properties.operator.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid3 = _errs26 === errors;
valid9 = valid9 || _valid3;
if(!valid9){
const _errs28 = errors;
if(errors === _errs28){
if(typeof data4 === "string"){
if(!pattern1.test(data4)){
const err16 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/operator/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/operator/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid3 = _errs28 === errors;
valid9 = valid9 || _valid3;
}
if(!valid9){
const err18 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/operator/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
var valid8 = _errs24 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data0.value !== undefined){
let data5 = data0.value;
const _errs30 = errors;
const _errs31 = errors;
let valid10 = true;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data5)){
const _errs34 = errors;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
const _errs35 = errors;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const _errs37 = errors;
const _errs38 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing5;
if((data6.field === undefined) && (missing5 = "field")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid12 = _errs38 === errors;
if(valid12){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
const _errs39 = errors;
let valid13 = false;
const _errs40 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing6;
if((data6.operator === undefined) && (missing6 = "operator")){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
if(data6.operator !== undefined){
let data7 = data6.operator;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
}
var _valid5 = _errs40 === errors;
valid13 = valid13 || _valid5;
if(!valid13){
const _errs43 = errors;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing7;
if((data6.value === undefined) && (missing7 = "value")){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
if(data6.value !== undefined){
let data8 = data6.value;
const _errs44 = errors;
if(errors === _errs44){
if(Array.isArray(data8)){
const _errs46 = errors;
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
const _errs47 = errors;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var valid16 = _errs47 === errors;
if(valid16){
break;
}
}
if(!valid16){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
else {
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
}
var _valid5 = _errs43 === errors;
valid13 = valid13 || _valid5;
}
if(!valid13){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
var valid11 = _errs35 === errors;
if(valid11){
break;
}
}
if(!valid11){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
}
else {
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var _valid4 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid4){
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data5)){
if(data5.length > 15){
const err32 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/maxItems",keyword:"maxItems",params:{limit: 15}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
if(data5.length < 1){
const err33 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
var valid17 = true;
const len3 = data5.length;
for(let i3=0; i3<len3; i3++){
let data10 = data5[i3];
const _errs51 = errors;
const _errs52 = errors;
let valid18 = false;
const _errs53 = errors;
if(errors === _errs53){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing8;
if(((data10.operator === undefined) && (missing8 = "operator")) || ((data10.value === undefined) && (missing8 = "value"))){
const err34 = {instancePath:instancePath+"/query/value/" + i3,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/required",keyword:"required",params:{missingProperty: missing8}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
const _errs55 = errors;
for(const key2 in data10){
if(!((key2 === "operator") || (key2 === "value"))){
const err35 = {instancePath:instancePath+"/query/value/" + i3,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
}
if(_errs55 === errors){
if(data10.operator !== undefined){
let data11 = data10.operator;
const _errs56 = errors;
const _errs57 = errors;
let valid20 = false;
const _errs58 = errors;
if(typeof data11 !== "string"){
const err36 = {instancePath:instancePath+"/query/value/" + i3+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/operator/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!((data11 === "AND") || (data11 === "OR"))){
const err37 = {instancePath:instancePath+"/query/value/" + i3+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/operator/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].then.properties.value.then.items.anyOf[0].properties.operator.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid7 = _errs58 === errors;
valid20 = valid20 || _valid7;
if(!valid20){
const _errs60 = errors;
if(errors === _errs60){
if(typeof data11 === "string"){
if(!pattern1.test(data11)){
const err38 = {instancePath:instancePath+"/query/value/" + i3+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/operator/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/query/value/" + i3+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/operator/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var _valid7 = _errs60 === errors;
valid20 = valid20 || _valid7;
}
if(!valid20){
const err40 = {instancePath:instancePath+"/query/value/" + i3+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/operator/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs56 === errors;
}
else {
var valid19 = true;
}
if(valid19){
if(data10.value !== undefined){
let data12 = data10.value;
const _errs62 = errors;
const _errs63 = errors;
let valid21 = false;
const _errs64 = errors;
if(errors === _errs64){
if(Array.isArray(data12)){
if(data12.length > 15){
const err41 = {instancePath:instancePath+"/query/value/" + i3+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 15}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
if(data12.length < 1){
const err42 = {instancePath:instancePath+"/query/value/" + i3+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
var valid22 = true;
const len4 = data12.length;
for(let i4=0; i4<len4; i4++){
let data13 = data12[i4];
const _errs66 = errors;
const _errs67 = errors;
let valid23 = false;
const _errs68 = errors;
if(errors === _errs68){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing9;
if((((data13.field === undefined) && (missing9 = "field")) || ((data13.operator === undefined) && (missing9 = "operator"))) || ((data13.value === undefined) && (missing9 = "value"))){
const err43 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/required",keyword:"required",params:{missingProperty: missing9}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
const _errs70 = errors;
for(const key3 in data13){
if(!(((key3 === "field") || (key3 === "operator")) || (key3 === "value"))){
const err44 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
}
if(_errs70 === errors){
if(data13.field !== undefined){
let data14 = data13.field;
const _errs71 = errors;
const _errs72 = errors;
let valid25 = false;
const _errs73 = errors;
if(typeof data14 !== "string"){
const err45 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/field/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((data14 === "id") || (data14 === "role")) || (data14 === "name")) || (data14 === "avatar")) || (data14 === "owner_id")) || (data14 === "email")) || (data14 === "email_domain")) || (data14 === "phone")) || (data14 === "formatted_phone")) || (data14 === "external_id")) || (data14 === "created_at")) || (data14 === "signed_up_at")) || (data14 === "updated_at")) || (data14 === "last_seen_at")) || (data14 === "last_contacted_at")) || (data14 === "last_replied_at")) || (data14 === "last_email_opened_at")) || (data14 === "last_email_clicked_at")) || (data14 === "language_override")) || (data14 === "browser")) || (data14 === "browser_language")) || (data14 === "os")) || (data14 === "location.country")) || (data14 === "location.region")) || (data14 === "location.city")) || (data14 === "unsubscribed_from_emails")) || (data14 === "marked_email_as_spam")) || (data14 === "has_hard_bounced")) || (data14 === "ios_last_seen_at")) || (data14 === "ios_app_version")) || (data14 === "ios_device")) || (data14 === "ios_app_device")) || (data14 === "ios_os_version")) || (data14 === "ios_app_name")) || (data14 === "ios_sdk_version")) || (data14 === "android_last_seen_at")) || (data14 === "android_app_version")) || (data14 === "android_device")) || (data14 === "android_app_name")) || (data14 === "android_sdk_version")) || (data14 === "segment_id")) || (data14 === "tag_id"))){
const err46 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/field/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].then.properties.value.then.items.anyOf[0].properties.value.anyOf[0].items.anyOf[0].properties.field.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid10 = _errs73 === errors;
valid25 = valid25 || _valid10;
if(!valid25){
const _errs75 = errors;
if(errors === _errs75){
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err47 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/field/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^custom_attributes\\.[^.]+$"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
var _valid10 = _errs75 === errors;
valid25 = valid25 || _valid10;
if(!valid25){
const _errs77 = errors;
if(errors === _errs77){
if(typeof data14 === "string"){
if(!pattern1.test(data14)){
const err49 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/field/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/field/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid10 = _errs77 === errors;
valid25 = valid25 || _valid10;
}
}
if(!valid25){
const err51 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/field/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
}
var valid24 = _errs71 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data13.operator !== undefined){
let data15 = data13.operator;
const _errs79 = errors;
const _errs80 = errors;
let valid26 = false;
const _errs81 = errors;
if(typeof data15 !== "string"){
const err52 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/operator/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!((((((((((((data15 === "=") || (data15 === "!=")) || (data15 === "IN")) || (data15 === "NIN")) || (data15 === "<")) || (data15 === "<=")) || (data15 === ">")) || (data15 === ">=")) || (data15 === "~")) || (data15 === "!~")) || (data15 === "^")) || (data15 === "$"))){
const err53 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/operator/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].then.properties.value.then.items.anyOf[0].properties.value.anyOf[0].items.anyOf[0].properties.operator.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid11 = _errs81 === errors;
valid26 = valid26 || _valid11;
if(!valid26){
const _errs83 = errors;
if(errors === _errs83){
if(typeof data15 === "string"){
if(!pattern1.test(data15)){
const err54 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/operator/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/operator/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
var _valid11 = _errs83 === errors;
valid26 = valid26 || _valid11;
}
if(!valid26){
const err56 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/operator/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
}
var valid24 = _errs79 === errors;
}
else {
var valid24 = true;
}
if(valid24){
if(data13.value !== undefined){
let data16 = data13.value;
const _errs85 = errors;
if(((((typeof data16 !== "string") && (!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))))) && (typeof data16 !== "boolean")) && (data16 !== null)) && (!(Array.isArray(data16)))){
const err57 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/value/type",keyword:"type",params:{type: schema11.properties.query.anyOf[0].then.properties.value.then.items.anyOf[0].properties.value.anyOf[0].items.anyOf[0].properties.value.type}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(errors === _errs85){
if(Array.isArray(data16)){
var valid27 = true;
const len5 = data16.length;
for(let i5=0; i5<len5; i5++){
let data17 = data16[i5];
const _errs87 = errors;
if((typeof data17 !== "string") && (!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))))){
const err58 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4+"/value/" + i5,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/properties/value/items/type",keyword:"type",params:{type: schema11.properties.query.anyOf[0].then.properties.value.then.items.anyOf[0].properties.value.anyOf[0].items.anyOf[0].properties.value.items.type}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var valid27 = _errs87 === errors;
if(!valid27){
break;
}
}
}
}
var valid24 = _errs85 === errors;
}
else {
var valid24 = true;
}
}
}
}
}
}
else {
const err59 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
var _valid9 = _errs68 === errors;
valid23 = valid23 || _valid9;
if(!valid23){
const _errs89 = errors;
if(errors === _errs89){
if(typeof data13 === "string"){
if(!pattern1.test(data13)){
const err60 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var _valid9 = _errs89 === errors;
valid23 = valid23 || _valid9;
}
if(!valid23){
const err62 = {instancePath:instancePath+"/query/value/" + i3+"/value/" + i4,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
var valid22 = _errs66 === errors;
if(!valid22){
break;
}
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/query/value/" + i3+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var _valid8 = _errs64 === errors;
valid21 = valid21 || _valid8;
if(!valid21){
const _errs91 = errors;
if(errors === _errs91){
if(typeof data12 === "string"){
if(!pattern1.test(data12)){
const err64 = {instancePath:instancePath+"/query/value/" + i3+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/query/value/" + i3+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
var _valid8 = _errs91 === errors;
valid21 = valid21 || _valid8;
}
if(!valid21){
const err66 = {instancePath:instancePath+"/query/value/" + i3+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/properties/value/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
}
var valid19 = _errs62 === errors;
}
else {
var valid19 = true;
}
}
}
}
}
else {
const err67 = {instancePath:instancePath+"/query/value/" + i3,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
var _valid6 = _errs53 === errors;
valid18 = valid18 || _valid6;
if(!valid18){
const _errs93 = errors;
if(errors === _errs93){
if(typeof data10 === "string"){
if(!pattern1.test(data10)){
const err68 = {instancePath:instancePath+"/query/value/" + i3,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/query/value/" + i3,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var _valid6 = _errs93 === errors;
valid18 = valid18 || _valid6;
}
if(!valid18){
const err70 = {instancePath:instancePath+"/query/value/" + i3,schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
var valid17 = _errs51 === errors;
if(!valid17){
break;
}
}
}
}
}
else {
const err71 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/then/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var _valid4 = _errs49 === errors;
valid10 = _valid4;
ifClause1 = "then";
}
else {
const _errs95 = errors;
const _errs96 = errors;
let valid28 = false;
const _errs97 = errors;
if(errors === _errs97){
if(Array.isArray(data5)){
if(data5.length > 15){
const err72 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 15}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
if(data5.length < 1){
const err73 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
else {
var valid29 = true;
const len6 = data5.length;
for(let i6=0; i6<len6; i6++){
let data18 = data5[i6];
const _errs99 = errors;
const _errs100 = errors;
let valid30 = false;
const _errs101 = errors;
if(errors === _errs101){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing10;
if((((data18.field === undefined) && (missing10 = "field")) || ((data18.operator === undefined) && (missing10 = "operator"))) || ((data18.value === undefined) && (missing10 = "value"))){
const err74 = {instancePath:instancePath+"/query/value/" + i6,schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/required",keyword:"required",params:{missingProperty: missing10}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
else {
const _errs103 = errors;
for(const key4 in data18){
if(!(((key4 === "field") || (key4 === "operator")) || (key4 === "value"))){
const err75 = {instancePath:instancePath+"/query/value/" + i6,schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
break;
}
}
if(_errs103 === errors){
if(data18.field !== undefined){
let data19 = data18.field;
const _errs104 = errors;
const _errs105 = errors;
let valid32 = false;
const _errs106 = errors;
if(typeof data19 !== "string"){
const err76 = {instancePath:instancePath+"/query/value/" + i6+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/field/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((data19 === "id") || (data19 === "role")) || (data19 === "name")) || (data19 === "avatar")) || (data19 === "owner_id")) || (data19 === "email")) || (data19 === "email_domain")) || (data19 === "phone")) || (data19 === "formatted_phone")) || (data19 === "external_id")) || (data19 === "created_at")) || (data19 === "signed_up_at")) || (data19 === "updated_at")) || (data19 === "last_seen_at")) || (data19 === "last_contacted_at")) || (data19 === "last_replied_at")) || (data19 === "last_email_opened_at")) || (data19 === "last_email_clicked_at")) || (data19 === "language_override")) || (data19 === "browser")) || (data19 === "browser_language")) || (data19 === "os")) || (data19 === "location.country")) || (data19 === "location.region")) || (data19 === "location.city")) || (data19 === "unsubscribed_from_emails")) || (data19 === "marked_email_as_spam")) || (data19 === "has_hard_bounced")) || (data19 === "ios_last_seen_at")) || (data19 === "ios_app_version")) || (data19 === "ios_device")) || (data19 === "ios_app_device")) || (data19 === "ios_os_version")) || (data19 === "ios_app_name")) || (data19 === "ios_sdk_version")) || (data19 === "android_last_seen_at")) || (data19 === "android_app_version")) || (data19 === "android_device")) || (data19 === "android_app_name")) || (data19 === "android_sdk_version")) || (data19 === "segment_id")) || (data19 === "tag_id"))){
const err77 = {instancePath:instancePath+"/query/value/" + i6+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/field/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].then.properties.value.else.anyOf[0].items.anyOf[0].properties.field.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid14 = _errs106 === errors;
valid32 = valid32 || _valid14;
if(!valid32){
const _errs108 = errors;
if(errors === _errs108){
if(typeof data19 === "string"){
if(!pattern4.test(data19)){
const err78 = {instancePath:instancePath+"/query/value/" + i6+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/field/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^custom_attributes\\.[^.]+$"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/query/value/" + i6+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
var _valid14 = _errs108 === errors;
valid32 = valid32 || _valid14;
if(!valid32){
const _errs110 = errors;
if(errors === _errs110){
if(typeof data19 === "string"){
if(!pattern1.test(data19)){
const err80 = {instancePath:instancePath+"/query/value/" + i6+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/field/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/query/value/" + i6+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/field/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
var _valid14 = _errs110 === errors;
valid32 = valid32 || _valid14;
}
}
if(!valid32){
const err82 = {instancePath:instancePath+"/query/value/" + i6+"/field",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/field/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
else {
errors = _errs105;
if(vErrors !== null){
if(_errs105){
vErrors.length = _errs105;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs104 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data18.operator !== undefined){
let data20 = data18.operator;
const _errs112 = errors;
const _errs113 = errors;
let valid33 = false;
const _errs114 = errors;
if(typeof data20 !== "string"){
const err83 = {instancePath:instancePath+"/query/value/" + i6+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/operator/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!((((((((((((data20 === "=") || (data20 === "!=")) || (data20 === "IN")) || (data20 === "NIN")) || (data20 === "<")) || (data20 === "<=")) || (data20 === ">")) || (data20 === ">=")) || (data20 === "~")) || (data20 === "!~")) || (data20 === "^")) || (data20 === "$"))){
const err84 = {instancePath:instancePath+"/query/value/" + i6+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/operator/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].then.properties.value.else.anyOf[0].items.anyOf[0].properties.operator.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid15 = _errs114 === errors;
valid33 = valid33 || _valid15;
if(!valid33){
const _errs116 = errors;
if(errors === _errs116){
if(typeof data20 === "string"){
if(!pattern1.test(data20)){
const err85 = {instancePath:instancePath+"/query/value/" + i6+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/operator/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/query/value/" + i6+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/operator/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var _valid15 = _errs116 === errors;
valid33 = valid33 || _valid15;
}
if(!valid33){
const err87 = {instancePath:instancePath+"/query/value/" + i6+"/operator",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/operator/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
else {
errors = _errs113;
if(vErrors !== null){
if(_errs113){
vErrors.length = _errs113;
}
else {
vErrors = null;
}
}
}
var valid31 = _errs112 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data18.value !== undefined){
let data21 = data18.value;
const _errs118 = errors;
if(((((typeof data21 !== "string") && (!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))))) && (typeof data21 !== "boolean")) && (data21 !== null)) && (!(Array.isArray(data21)))){
const err88 = {instancePath:instancePath+"/query/value/" + i6+"/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/value/type",keyword:"type",params:{type: schema11.properties.query.anyOf[0].then.properties.value.else.anyOf[0].items.anyOf[0].properties.value.type}};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(errors === _errs118){
if(Array.isArray(data21)){
var valid34 = true;
const len7 = data21.length;
for(let i7=0; i7<len7; i7++){
let data22 = data21[i7];
const _errs120 = errors;
if((typeof data22 !== "string") && (!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))))){
const err89 = {instancePath:instancePath+"/query/value/" + i6+"/value/" + i7,schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/properties/value/items/type",keyword:"type",params:{type: schema11.properties.query.anyOf[0].then.properties.value.else.anyOf[0].items.anyOf[0].properties.value.items.type}};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var valid34 = _errs120 === errors;
if(!valid34){
break;
}
}
}
}
var valid31 = _errs118 === errors;
}
else {
var valid31 = true;
}
}
}
}
}
}
else {
const err90 = {instancePath:instancePath+"/query/value/" + i6,schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
var _valid13 = _errs101 === errors;
valid30 = valid30 || _valid13;
if(!valid30){
const _errs122 = errors;
if(errors === _errs122){
if(typeof data18 === "string"){
if(!pattern1.test(data18)){
const err91 = {instancePath:instancePath+"/query/value/" + i6,schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/query/value/" + i6,schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
var _valid13 = _errs122 === errors;
valid30 = valid30 || _valid13;
}
if(!valid30){
const err93 = {instancePath:instancePath+"/query/value/" + i6,schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
else {
errors = _errs100;
if(vErrors !== null){
if(_errs100){
vErrors.length = _errs100;
}
else {
vErrors = null;
}
}
}
var valid29 = _errs99 === errors;
if(!valid29){
break;
}
}
}
}
}
else {
const err94 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
var _valid12 = _errs97 === errors;
valid28 = valid28 || _valid12;
if(!valid28){
const _errs124 = errors;
if(errors === _errs124){
if(typeof data5 === "string"){
if(!pattern1.test(data5)){
const err95 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
var _valid12 = _errs124 === errors;
valid28 = valid28 || _valid12;
}
if(!valid28){
const err97 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/else/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
errors = _errs96;
if(vErrors !== null){
if(_errs96){
vErrors.length = _errs96;
}
else {
vErrors = null;
}
}
}
var _valid4 = _errs95 === errors;
valid10 = _valid4;
ifClause1 = "else";
}
if(!valid10){
const err98 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/then/properties/value/if",keyword:"if",params:{failingKeyword: ifClause1}};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var valid8 = _errs30 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
const err99 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/then/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
var _valid1 = _errs21 === errors;
valid2 = _valid1;
ifClause0 = "then";
}
else {
const _errs126 = errors;
if(errors === _errs126){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing11;
if((((data0.field === undefined) && (missing11 = "field")) || ((data0.operator === undefined) && (missing11 = "operator"))) || ((data0.value === undefined) && (missing11 = "value"))){
const err100 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/else/required",keyword:"required",params:{missingProperty: missing11}};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
else {
const _errs128 = errors;
for(const key5 in data0){
if(!(((key5 === "field") || (key5 === "operator")) || (key5 === "value"))){
const err101 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/else/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
break;
}
}
if(_errs128 === errors){
if(data0.field !== undefined){
let data23 = data0.field;
const _errs129 = errors;
const _errs130 = errors;
let valid36 = false;
const _errs131 = errors;
if(typeof data23 !== "string"){
const err102 = {instancePath:instancePath+"/query/field",schemaPath:"#/properties/query/anyOf/0/else/properties/field/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((data23 === "id") || (data23 === "role")) || (data23 === "name")) || (data23 === "avatar")) || (data23 === "owner_id")) || (data23 === "email")) || (data23 === "email_domain")) || (data23 === "phone")) || (data23 === "formatted_phone")) || (data23 === "external_id")) || (data23 === "created_at")) || (data23 === "signed_up_at")) || (data23 === "updated_at")) || (data23 === "last_seen_at")) || (data23 === "last_contacted_at")) || (data23 === "last_replied_at")) || (data23 === "last_email_opened_at")) || (data23 === "last_email_clicked_at")) || (data23 === "language_override")) || (data23 === "browser")) || (data23 === "browser_language")) || (data23 === "os")) || (data23 === "location.country")) || (data23 === "location.region")) || (data23 === "location.city")) || (data23 === "unsubscribed_from_emails")) || (data23 === "marked_email_as_spam")) || (data23 === "has_hard_bounced")) || (data23 === "ios_last_seen_at")) || (data23 === "ios_app_version")) || (data23 === "ios_device")) || (data23 === "ios_app_device")) || (data23 === "ios_os_version")) || (data23 === "ios_app_name")) || (data23 === "ios_sdk_version")) || (data23 === "android_last_seen_at")) || (data23 === "android_app_version")) || (data23 === "android_device")) || (data23 === "android_app_name")) || (data23 === "android_sdk_version")) || (data23 === "segment_id")) || (data23 === "tag_id"))){
const err103 = {instancePath:instancePath+"/query/field",schemaPath:"#/properties/query/anyOf/0/else/properties/field/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].else.properties.field.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid16 = _errs131 === errors;
valid36 = valid36 || _valid16;
if(!valid36){
const _errs133 = errors;
if(errors === _errs133){
if(typeof data23 === "string"){
if(!pattern4.test(data23)){
const err104 = {instancePath:instancePath+"/query/field",schemaPath:"#/properties/query/anyOf/0/else/properties/field/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^custom_attributes\\.[^.]+$"}};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/query/field",schemaPath:"#/properties/query/anyOf/0/else/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
var _valid16 = _errs133 === errors;
valid36 = valid36 || _valid16;
if(!valid36){
const _errs135 = errors;
if(errors === _errs135){
if(typeof data23 === "string"){
if(!pattern1.test(data23)){
const err106 = {instancePath:instancePath+"/query/field",schemaPath:"#/properties/query/anyOf/0/else/properties/field/anyOf/2/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/query/field",schemaPath:"#/properties/query/anyOf/0/else/properties/field/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
var _valid16 = _errs135 === errors;
valid36 = valid36 || _valid16;
}
}
if(!valid36){
const err108 = {instancePath:instancePath+"/query/field",schemaPath:"#/properties/query/anyOf/0/else/properties/field/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
else {
errors = _errs130;
if(vErrors !== null){
if(_errs130){
vErrors.length = _errs130;
}
else {
vErrors = null;
}
}
}
var valid35 = _errs129 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data0.operator !== undefined){
let data24 = data0.operator;
const _errs137 = errors;
const _errs138 = errors;
let valid37 = false;
const _errs139 = errors;
if(typeof data24 !== "string"){
const err109 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/else/properties/operator/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(!((((((((((((data24 === "=") || (data24 === "!=")) || (data24 === "IN")) || (data24 === "NIN")) || (data24 === "<")) || (data24 === "<=")) || (data24 === ">")) || (data24 === ">=")) || (data24 === "~")) || (data24 === "!~")) || (data24 === "^")) || (data24 === "$"))){
const err110 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/else/properties/operator/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.query.anyOf[0].else.properties.operator.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid17 = _errs139 === errors;
valid37 = valid37 || _valid17;
if(!valid37){
const _errs141 = errors;
if(errors === _errs141){
if(typeof data24 === "string"){
if(!pattern1.test(data24)){
const err111 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/else/properties/operator/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/else/properties/operator/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
var _valid17 = _errs141 === errors;
valid37 = valid37 || _valid17;
}
if(!valid37){
const err113 = {instancePath:instancePath+"/query/operator",schemaPath:"#/properties/query/anyOf/0/else/properties/operator/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
else {
errors = _errs138;
if(vErrors !== null){
if(_errs138){
vErrors.length = _errs138;
}
else {
vErrors = null;
}
}
}
var valid35 = _errs137 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data0.value !== undefined){
let data25 = data0.value;
const _errs143 = errors;
if(((((typeof data25 !== "string") && (!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))))) && (typeof data25 !== "boolean")) && (data25 !== null)) && (!(Array.isArray(data25)))){
const err114 = {instancePath:instancePath+"/query/value",schemaPath:"#/properties/query/anyOf/0/else/properties/value/type",keyword:"type",params:{type: schema11.properties.query.anyOf[0].else.properties.value.type}};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(errors === _errs143){
if(Array.isArray(data25)){
var valid38 = true;
const len8 = data25.length;
for(let i8=0; i8<len8; i8++){
let data26 = data25[i8];
const _errs145 = errors;
if((typeof data26 !== "string") && (!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))))){
const err115 = {instancePath:instancePath+"/query/value/" + i8,schemaPath:"#/properties/query/anyOf/0/else/properties/value/items/type",keyword:"type",params:{type: schema11.properties.query.anyOf[0].else.properties.value.items.type}};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
var valid38 = _errs145 === errors;
if(!valid38){
break;
}
}
}
}
var valid35 = _errs143 === errors;
}
else {
var valid35 = true;
}
}
}
}
}
}
else {
const err116 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/else/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
var _valid1 = _errs126 === errors;
valid2 = _valid1;
ifClause0 = "else";
}
if(!valid2){
const err117 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/0/if",keyword:"if",params:{failingKeyword: ifClause0}};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs147 = errors;
if(errors === _errs147){
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err118 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
var _valid0 = _errs147 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err120 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pagination !== undefined){
let data27 = data.pagination;
const _errs149 = errors;
const _errs150 = errors;
let valid39 = false;
const _errs151 = errors;
if((!(data27 && typeof data27 == "object" && !Array.isArray(data27))) && (data27 !== null)){
const err121 = {instancePath:instancePath+"/pagination",schemaPath:"#/properties/pagination/anyOf/0/type",keyword:"type",params:{type: schema11.properties.pagination.anyOf[0].type}};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(errors === _errs151){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
const _errs153 = errors;
for(const key6 in data27){
if(!((key6 === "per_page") || (key6 === "starting_after"))){
const err122 = {instancePath:instancePath+"/pagination",schemaPath:"#/properties/pagination/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6}};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
break;
}
}
if(_errs153 === errors){
if(data27.per_page !== undefined){
let data28 = data27.per_page;
const _errs154 = errors;
const _errs155 = errors;
let valid41 = false;
const _errs156 = errors;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err123 = {instancePath:instancePath+"/pagination/per_page",schemaPath:"#/properties/pagination/anyOf/0/properties/per_page/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(errors === _errs156){
if(typeof data28 == "number"){
if(data28 > 150 || isNaN(data28)){
const err124 = {instancePath:instancePath+"/pagination/per_page",schemaPath:"#/properties/pagination/anyOf/0/properties/per_page/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 150}};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
if(data28 < 1 || isNaN(data28)){
const err125 = {instancePath:instancePath+"/pagination/per_page",schemaPath:"#/properties/pagination/anyOf/0/properties/per_page/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
}
var _valid19 = _errs156 === errors;
valid41 = valid41 || _valid19;
if(!valid41){
const _errs158 = errors;
if(errors === _errs158){
if(typeof data28 === "string"){
if(!pattern1.test(data28)){
const err126 = {instancePath:instancePath+"/pagination/per_page",schemaPath:"#/properties/pagination/anyOf/0/properties/per_page/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/pagination/per_page",schemaPath:"#/properties/pagination/anyOf/0/properties/per_page/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
var _valid19 = _errs158 === errors;
valid41 = valid41 || _valid19;
}
if(!valid41){
const err128 = {instancePath:instancePath+"/pagination/per_page",schemaPath:"#/properties/pagination/anyOf/0/properties/per_page/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
else {
errors = _errs155;
if(vErrors !== null){
if(_errs155){
vErrors.length = _errs155;
}
else {
vErrors = null;
}
}
}
var valid40 = _errs154 === errors;
}
else {
var valid40 = true;
}
if(valid40){
if(data27.starting_after !== undefined){
let data29 = data27.starting_after;
const _errs160 = errors;
if((typeof data29 !== "string") && (data29 !== null)){
const err129 = {instancePath:instancePath+"/pagination/starting_after",schemaPath:"#/properties/pagination/anyOf/0/properties/starting_after/type",keyword:"type",params:{type: schema11.properties.pagination.anyOf[0].properties.starting_after.type}};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
var valid40 = _errs160 === errors;
}
else {
var valid40 = true;
}
}
}
}
}
var _valid18 = _errs151 === errors;
valid39 = valid39 || _valid18;
if(!valid39){
const _errs162 = errors;
if(errors === _errs162){
if(typeof data27 === "string"){
if(!pattern1.test(data27)){
const err130 = {instancePath:instancePath+"/pagination",schemaPath:"#/properties/pagination/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/pagination",schemaPath:"#/properties/pagination/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
var _valid18 = _errs162 === errors;
valid39 = valid39 || _valid18;
}
if(!valid39){
const err132 = {instancePath:instancePath+"/pagination",schemaPath:"#/properties/pagination/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs150;
if(vErrors !== null){
if(_errs150){
vErrors.length = _errs150;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs149 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sort !== undefined){
let data30 = data.sort;
const _errs164 = errors;
const _errs165 = errors;
let valid42 = false;
const _errs166 = errors;
if(errors === _errs166){
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
const _errs168 = errors;
for(const key7 in data30){
if(!((key7 === "field") || (key7 === "order"))){
const err133 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7}};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
break;
}
}
if(_errs168 === errors){
if(data30.field !== undefined){
let data31 = data30.field;
const _errs169 = errors;
const _errs170 = errors;
let valid44 = false;
const _errs171 = errors;
if(typeof data31 !== "string"){
const err134 = {instancePath:instancePath+"/sort/field",schemaPath:"#/properties/sort/anyOf/0/properties/field/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((data31 === "id") || (data31 === "role")) || (data31 === "name")) || (data31 === "avatar")) || (data31 === "owner_id")) || (data31 === "email")) || (data31 === "email_domain")) || (data31 === "phone")) || (data31 === "formatted_phone")) || (data31 === "external_id")) || (data31 === "created_at")) || (data31 === "signed_up_at")) || (data31 === "updated_at")) || (data31 === "last_seen_at")) || (data31 === "last_contacted_at")) || (data31 === "last_replied_at")) || (data31 === "last_email_opened_at")) || (data31 === "last_email_clicked_at")) || (data31 === "language_override")) || (data31 === "browser")) || (data31 === "browser_language")) || (data31 === "os")) || (data31 === "location.country")) || (data31 === "location.region")) || (data31 === "location.city")) || (data31 === "unsubscribed_from_emails")) || (data31 === "marked_email_as_spam")) || (data31 === "has_hard_bounced")) || (data31 === "ios_last_seen_at")) || (data31 === "ios_app_version")) || (data31 === "ios_device")) || (data31 === "ios_app_device")) || (data31 === "ios_os_version")) || (data31 === "ios_app_name")) || (data31 === "ios_sdk_version")) || (data31 === "android_last_seen_at")) || (data31 === "android_app_version")) || (data31 === "android_device")) || (data31 === "android_app_name")) || (data31 === "android_sdk_version")) || (data31 === "segment_id")) || (data31 === "tag_id"))){
const err135 = {instancePath:instancePath+"/sort/field",schemaPath:"#/properties/sort/anyOf/0/properties/field/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.sort.anyOf[0].properties.field.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid21 = _errs171 === errors;
valid44 = valid44 || _valid21;
if(!valid44){
const _errs173 = errors;
if(typeof data31 !== "string"){
const err136 = {instancePath:instancePath+"/sort/field",schemaPath:"#/properties/sort/anyOf/0/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid21 = _errs173 === errors;
valid44 = valid44 || _valid21;
}
if(!valid44){
const err137 = {instancePath:instancePath+"/sort/field",schemaPath:"#/properties/sort/anyOf/0/properties/field/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
errors = _errs170;
if(vErrors !== null){
if(_errs170){
vErrors.length = _errs170;
}
else {
vErrors = null;
}
}
}
var valid43 = _errs169 === errors;
}
else {
var valid43 = true;
}
if(valid43){
if(data30.order !== undefined){
let data32 = data30.order;
const _errs175 = errors;
const _errs176 = errors;
let valid45 = false;
const _errs177 = errors;
if(typeof data32 !== "string"){
const err138 = {instancePath:instancePath+"/sort/order",schemaPath:"#/properties/sort/anyOf/0/properties/order/anyOf/0/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(!((data32 === "ascending") || (data32 === "descending"))){
const err139 = {instancePath:instancePath+"/sort/order",schemaPath:"#/properties/sort/anyOf/0/properties/order/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.sort.anyOf[0].properties.order.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
var _valid22 = _errs177 === errors;
valid45 = valid45 || _valid22;
if(!valid45){
const _errs179 = errors;
if(errors === _errs179){
if(typeof data32 === "string"){
if(!pattern1.test(data32)){
const err140 = {instancePath:instancePath+"/sort/order",schemaPath:"#/properties/sort/anyOf/0/properties/order/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/sort/order",schemaPath:"#/properties/sort/anyOf/0/properties/order/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
var _valid22 = _errs179 === errors;
valid45 = valid45 || _valid22;
}
if(!valid45){
const err142 = {instancePath:instancePath+"/sort/order",schemaPath:"#/properties/sort/anyOf/0/properties/order/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
else {
errors = _errs176;
if(vErrors !== null){
if(_errs176){
vErrors.length = _errs176;
}
else {
vErrors = null;
}
}
}
var valid43 = _errs175 === errors;
}
else {
var valid43 = true;
}
}
}
}
else {
const err143 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
var _valid20 = _errs166 === errors;
valid42 = valid42 || _valid20;
if(!valid42){
const _errs181 = errors;
if(errors === _errs181){
if(typeof data30 === "string"){
if(!pattern1.test(data30)){
const err144 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
var _valid20 = _errs181 === errors;
valid42 = valid42 || _valid20;
}
if(!valid42){
const err146 = {instancePath:instancePath+"/sort",schemaPath:"#/properties/sort/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs165;
if(vErrors !== null){
if(_errs165){
vErrors.length = _errs165;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs164 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

