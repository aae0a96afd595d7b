/* eslint-disable */
// @ts-nocheck
// Generated from jsonFieldSchemas by ajv 8 standalone (schemas/compiled-schemas.test.ts); do not edit.
// Regenerate: pnpm exec vitest run --project unit packages/block-core/src/schemas/compiled-schemas.test.ts -u
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"Ticket attributes","description":"The ticket attributes, by attribute name. Title and description are _default_title_ and _default_description_; for a list attribute, give the id of the list item. Only the attributes given change; the others keep their values.","type":"object","properties":{"_default_title_":{"type":"string","description":"The ticket's title."},"_default_description_":{"type":"string","description":"The ticket's description."}},"additionalProperties":{"description":"The attribute value: text, a number, true or false, null, or a list. For a list attribute, give the id of the list item.","type":["string","number","boolean","null","array"]},"defaultSnippets":[{"label":"Title and description","body":{"_default_title_":"","_default_description_":""}}]};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "_default_title_") || (key0 === "_default_description_"))){
let data0 = data[key0];
const _errs2 = errors;
if(((((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")) && (data0 !== null)) && (!(Array.isArray(data0)))){
validate10.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema11.additionalProperties.type}}];
return false;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
if(_errs1 === errors){
if(data._default_title_ !== undefined){
const _errs4 = errors;
if(typeof data._default_title_ !== "string"){
validate10.errors = [{instancePath:instancePath+"/_default_title_",schemaPath:"#/properties/_default_title_/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data._default_description_ !== undefined){
const _errs6 = errors;
if(typeof data._default_description_ !== "string"){
validate10.errors = [{instancePath:instancePath+"/_default_description_",schemaPath:"#/properties/_default_description_/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
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

