/* eslint-disable */
// @ts-nocheck
// Generated from jsonFieldSchemas by ajv 8 standalone (schemas/compiled-schemas.test.ts); do not edit.
// Regenerate: pnpm exec vitest run --project unit packages/block-core/src/schemas/compiled-schemas.test.ts -u
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Create ticket request","description":"The body of Intercom's Create Ticket request: the ticket type, its one contact, and its attributes.","type":"object","properties":{"ticket_type_id":{"type":"string","description":"The ID of the ticket type to create, as text (e.g. \"12\")."},"contacts":{"anyOf":[{"type":"array","description":"The contact the ticket is for. Intercom accepts exactly one: [{\"id\": ...}], [{\"external_id\": ...}] or [{\"email\": ...}].","minItems":1,"maxItems":1,"items":{"anyOf":[{"type":"object","title":"Contact","description":"The contact the ticket is for, given by exactly one of id, external_id or email.","properties":{"id":{"type":"string","description":"The Intercom ID of the contact."},"external_id":{"type":"string","description":"The ID your own system gave the contact."},"email":{"type":"string","description":"The email of the contact. If no contact has this email, Intercom creates one."}},"minProperties":1,"maxProperties":1,"additionalProperties":false,"defaultSnippets":[{"label":"Contact by ID","body":{"id":""}},{"label":"Contact by external ID","body":{"external_id":""}},{"label":"Contact by email","body":{"email":""}}]},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"title":"Contact","description":"The contact the ticket is for, given by exactly one of id, external_id or email.","defaultSnippets":[{"label":"Contact by ID","body":{"id":""}},{"label":"Contact by external ID","body":{"external_id":""}},{"label":"Contact by email","body":{"email":""}}]}},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"The contact the ticket is for. Intercom accepts exactly one: [{\"id\": ...}], [{\"external_id\": ...}] or [{\"email\": ...}]."},"ticket_attributes":{"anyOf":[{"type":"object","description":"The ticket attributes, by attribute name. Title and description are _default_title_ and _default_description_; for a list attribute, give the id of the list item.","properties":{"_default_title_":{"type":"string","description":"The ticket's title."},"_default_description_":{"type":"string","description":"The ticket's description."}},"additionalProperties":{"description":"The attribute value: text, a number, true or false, null, or a list. For a list attribute, give the id of the list item.","type":["string","number","boolean","null","array"]}},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"The ticket attributes, by attribute name. Title and description are _default_title_ and _default_description_; for a list attribute, give the id of the list item."},"conversation_to_link_id":{"type":"string","description":"The ID of a conversation to link to the ticket (for back-office and tracker tickets)."},"company_id":{"type":"string","description":"The Intercom ID of the company the ticket is about."},"created_at":{"anyOf":[{"type":"integer","description":"When the ticket was created, as a UNIX timestamp in seconds. Defaults to now."},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"When the ticket was created, as a UNIX timestamp in seconds. Defaults to now."},"assignment":{"anyOf":[{"type":"object","description":"Who the ticket is assigned to. Left out, the ticket is unassigned.","properties":{"admin_assignee_id":{"type":"string","description":"The ID of the admin to assign the ticket to."},"team_assignee_id":{"type":"string","description":"The ID of the team to assign the ticket to."}},"additionalProperties":false},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"Who the ticket is assigned to. Left out, the ticket is unassigned."},"skip_notifications":{"anyOf":[{"type":"boolean","description":"true to create the ticket without notifying the contact or teammates."},{"type":"string","pattern":"^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$","description":"A reference to an earlier step's output, such as \"<Trigger.contact.id>\". It takes that value, with its own type, when the block runs."}],"description":"true to create the ticket without notifying the contact or teammates."}},"required":["ticket_type_id","contacts"],"additionalProperties":false,"defaultSnippets":[{"label":"Ticket for a contact","body":{"ticket_type_id":"","contacts":[{"id":""}],"ticket_attributes":{"_default_title_":"","_default_description_":""}}}]};
const pattern0 = new RegExp("^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.ticket_type_id === undefined) && (missing0 = "ticket_type_id")) || ((data.contacts === undefined) && (missing0 = "contacts"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "ticket_type_id") || (key0 === "contacts")) || (key0 === "ticket_attributes")) || (key0 === "conversation_to_link_id")) || (key0 === "company_id")) || (key0 === "created_at")) || (key0 === "assignment")) || (key0 === "skip_notifications"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.ticket_type_id !== undefined){
const _errs2 = errors;
if(typeof data.ticket_type_id !== "string"){
validate10.errors = [{instancePath:instancePath+"/ticket_type_id",schemaPath:"#/properties/ticket_type_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.contacts !== undefined){
let data1 = data.contacts;
const _errs4 = errors;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data1)){
if(data1.length > 1){
const err0 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/anyOf/0/maxItems",keyword:"maxItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data1.length < 1){
const err1 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/anyOf/0/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs8 = errors;
const _errs9 = errors;
let valid3 = false;
const _errs10 = errors;
if(errors === _errs10){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length > 1){
const err2 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/0/maxProperties",keyword:"maxProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(Object.keys(data2).length < 1){
const err3 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/0/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
const _errs12 = errors;
for(const key1 in data2){
if(!(((key1 === "id") || (key1 === "external_id")) || (key1 === "email"))){
const err4 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
break;
}
}
if(_errs12 === errors){
if(data2.id !== undefined){
const _errs13 = errors;
if(typeof data2.id !== "string"){
const err5 = {instancePath:instancePath+"/contacts/" + i0+"/id",schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/0/properties/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var valid4 = _errs13 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.external_id !== undefined){
const _errs15 = errors;
if(typeof data2.external_id !== "string"){
const err6 = {instancePath:instancePath+"/contacts/" + i0+"/external_id",schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/0/properties/external_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid4 = _errs15 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.email !== undefined){
const _errs17 = errors;
if(typeof data2.email !== "string"){
const err7 = {instancePath:instancePath+"/contacts/" + i0+"/email",schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/0/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs19 = errors;
if(errors === _errs19){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/anyOf/0/items/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid1 = _errs19 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
const err11 = {instancePath:instancePath+"/contacts/" + i0,schemaPath:"#/properties/contacts/anyOf/0/items/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
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
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
}
}
else {
const err12 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/anyOf/0/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs21 = errors;
if(errors === _errs21){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err13 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err15 = {instancePath:instancePath+"/contacts",schemaPath:"#/properties/contacts/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ticket_attributes !== undefined){
let data6 = data.ticket_attributes;
const _errs23 = errors;
const _errs24 = errors;
let valid5 = false;
const _errs25 = errors;
if(errors === _errs25){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
const _errs27 = errors;
for(const key2 in data6){
if(!((key2 === "_default_title_") || (key2 === "_default_description_"))){
let data7 = data6[key2];
const _errs28 = errors;
if(((((typeof data7 !== "string") && (!(typeof data7 == "number"))) && (typeof data7 !== "boolean")) && (data7 !== null)) && (!(Array.isArray(data7)))){
const err16 = {instancePath:instancePath+"/ticket_attributes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ticket_attributes/anyOf/0/additionalProperties/type",keyword:"type",params:{type: schema11.properties.ticket_attributes.anyOf[0].additionalProperties.type}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid6 = _errs28 === errors;
if(!valid6){
break;
}
}
}
if(_errs27 === errors){
if(data6._default_title_ !== undefined){
const _errs30 = errors;
if(typeof data6._default_title_ !== "string"){
const err17 = {instancePath:instancePath+"/ticket_attributes/_default_title_",schemaPath:"#/properties/ticket_attributes/anyOf/0/properties/_default_title_/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid7 = _errs30 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data6._default_description_ !== undefined){
const _errs32 = errors;
if(typeof data6._default_description_ !== "string"){
const err18 = {instancePath:instancePath+"/ticket_attributes/_default_description_",schemaPath:"#/properties/ticket_attributes/anyOf/0/properties/_default_description_/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var valid7 = _errs32 === errors;
}
else {
var valid7 = true;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/ticket_attributes",schemaPath:"#/properties/ticket_attributes/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid2 = _errs25 === errors;
valid5 = valid5 || _valid2;
if(!valid5){
const _errs34 = errors;
if(errors === _errs34){
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err20 = {instancePath:instancePath+"/ticket_attributes",schemaPath:"#/properties/ticket_attributes/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/ticket_attributes",schemaPath:"#/properties/ticket_attributes/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid2 = _errs34 === errors;
valid5 = valid5 || _valid2;
}
if(!valid5){
const err22 = {instancePath:instancePath+"/ticket_attributes",schemaPath:"#/properties/ticket_attributes/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conversation_to_link_id !== undefined){
const _errs36 = errors;
if(typeof data.conversation_to_link_id !== "string"){
validate10.errors = [{instancePath:instancePath+"/conversation_to_link_id",schemaPath:"#/properties/conversation_to_link_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.company_id !== undefined){
const _errs38 = errors;
if(typeof data.company_id !== "string"){
validate10.errors = [{instancePath:instancePath+"/company_id",schemaPath:"#/properties/company_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.created_at !== undefined){
let data12 = data.created_at;
const _errs40 = errors;
const _errs41 = errors;
let valid8 = false;
const _errs42 = errors;
if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){
const err23 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs42 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const _errs44 = errors;
if(errors === _errs44){
if(typeof data12 === "string"){
if(!pattern0.test(data12)){
const err24 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid3 = _errs44 === errors;
valid8 = valid8 || _valid3;
}
if(!valid8){
const err26 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.assignment !== undefined){
let data13 = data.assignment;
const _errs46 = errors;
const _errs47 = errors;
let valid9 = false;
const _errs48 = errors;
if(errors === _errs48){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
const _errs50 = errors;
for(const key3 in data13){
if(!((key3 === "admin_assignee_id") || (key3 === "team_assignee_id"))){
const err27 = {instancePath:instancePath+"/assignment",schemaPath:"#/properties/assignment/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
break;
}
}
if(_errs50 === errors){
if(data13.admin_assignee_id !== undefined){
const _errs51 = errors;
if(typeof data13.admin_assignee_id !== "string"){
const err28 = {instancePath:instancePath+"/assignment/admin_assignee_id",schemaPath:"#/properties/assignment/anyOf/0/properties/admin_assignee_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data13.team_assignee_id !== undefined){
const _errs53 = errors;
if(typeof data13.team_assignee_id !== "string"){
const err29 = {instancePath:instancePath+"/assignment/team_assignee_id",schemaPath:"#/properties/assignment/anyOf/0/properties/team_assignee_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/assignment",schemaPath:"#/properties/assignment/anyOf/0/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
var _valid4 = _errs48 === errors;
valid9 = valid9 || _valid4;
if(!valid9){
const _errs55 = errors;
if(errors === _errs55){
if(typeof data13 === "string"){
if(!pattern0.test(data13)){
const err31 = {instancePath:instancePath+"/assignment",schemaPath:"#/properties/assignment/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/assignment",schemaPath:"#/properties/assignment/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
var _valid4 = _errs55 === errors;
valid9 = valid9 || _valid4;
}
if(!valid9){
const err33 = {instancePath:instancePath+"/assignment",schemaPath:"#/properties/assignment/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.skip_notifications !== undefined){
let data16 = data.skip_notifications;
const _errs57 = errors;
const _errs58 = errors;
let valid11 = false;
const _errs59 = errors;
if(typeof data16 !== "boolean"){
const err34 = {instancePath:instancePath+"/skip_notifications",schemaPath:"#/properties/skip_notifications/anyOf/0/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid5 = _errs59 === errors;
valid11 = valid11 || _valid5;
if(!valid11){
const _errs61 = errors;
if(errors === _errs61){
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
const err35 = {instancePath:instancePath+"/skip_notifications",schemaPath:"#/properties/skip_notifications/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^<[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*>$"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/skip_notifications",schemaPath:"#/properties/skip_notifications/anyOf/1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var _valid5 = _errs61 === errors;
valid11 = valid11 || _valid5;
}
if(!valid11){
const err37 = {instancePath:instancePath+"/skip_notifications",schemaPath:"#/properties/skip_notifications/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
validate10.errors = vErrors;
return false;
}
else {
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
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

