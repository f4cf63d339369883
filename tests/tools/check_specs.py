"""Validate OpenAPI documents with independent tools, and check every example against its schema.

Usage: python check_specs.py [--strict-examples] FILE...

For each file:
  1. openapi-spec-validator validates the document (external `$ref`s resolved relative to the file).
  2. Every `example` (schema, parameter, media type) and every `examples[*].value` is validated
     against its schema with openapi-schema-validator's OAS 3.0 validator and format checker.
     With --strict-examples, objects in examples may not carry properties their schema does not
     declare (catches misspelled example keys); schemas that allow extra properties explicitly
     (`additionalProperties`) are left as they are.
  3. Project rules for the product specs (--project-rules): every operation has a unique
     operationId, a summary, a tag and a security requirement, and every JSON response has an
     example.

Prints one line per problem as `FILE#/json/pointer: message`, then a summary line
`N passed, M failed`; exits 1 when anything failed.
"""

import copy
import os
import sys

import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def escape(segment):
    return str(segment).replace("~", "~0").replace("/", "~1")


def unescape(segment):
    return segment.replace("~1", "/").replace("~0", "~")


class Documents:
    """Loads YAML/JSON documents once and resolves `$ref`s across files."""

    def __init__(self):
        self.cache = {}

    def load(self, path):
        path = os.path.abspath(path)
        if path not in self.cache:
            with open(path, encoding="utf-8") as handle:
                self.cache[path] = yaml.safe_load(handle)
        return self.cache[path]

    def resolve(self, ref, base_file):
        file_part, _, pointer = ref.partition("#")
        target_file = os.path.normpath(os.path.join(os.path.dirname(base_file), file_part)) if file_part else base_file
        node = self.load(target_file)
        for segment in [s for s in pointer.split("/") if s]:
            segment = unescape(segment)
            if isinstance(node, list):
                node = node[int(segment)]
            else:
                node = node[segment]
        return node, target_file

    def deref(self, node, base_file, strict, seen=()):
        """Inline every `$ref` of a schema; recursive schemas stop at the first repeat."""
        if isinstance(node, dict):
            if "$ref" in node:
                key = (base_file, node["$ref"])
                if key in seen:
                    return {}
                target, target_file = self.resolve(node["$ref"], base_file)
                return self.deref(target, target_file, strict, seen + (key,))
            out = {k: self.deref(v, base_file, strict, seen) for k, v in node.items() if k not in ("example", "examples")}
            if strict and out.get("type") == "object" and "properties" in out and "additionalProperties" not in out:
                out["additionalProperties"] = False
            # allOf members must not each forbid the others' properties.
            if strict and "allOf" in out:
                for member in out["allOf"]:
                    if isinstance(member, dict) and member.get("additionalProperties") is False:
                        del member["additionalProperties"]
            return out
        if isinstance(node, list):
            return [self.deref(item, base_file, strict, seen) for item in node]
        return node


def check_examples(docs, path, strict, problems):
    """Walk the document and validate every example against the schema it belongs to."""
    root = docs.load(path)
    checked = 0

    def validate_example(example, schema, pointer):
        nonlocal checked
        checked += 1
        resolved = docs.deref(schema, path, strict)
        validator = OAS30Validator(resolved, format_checker=oas30_format_checker)
        for error in sorted(validator.iter_errors(example), key=lambda e: list(e.path)):
            at = "".join("/" + escape(p) for p in error.path)
            problems.append(f"{path}#{pointer}: example does not match its schema at `{at or '/'}`: {error.message}")

    def walk(node, pointer):
        if isinstance(node, dict):
            schema = node.get("schema")
            if schema is not None:
                if "example" in node:
                    validate_example(node["example"], schema, pointer + "/example")
                for name, example in (node.get("examples") or {}).items():
                    if isinstance(example, dict) and "$ref" in example:
                        example, _ = docs.resolve(example["$ref"], path)
                    if isinstance(example, dict) and "value" in example:
                        validate_example(example["value"], schema, f"{pointer}/examples/{escape(name)}/value")
            is_schema_object = any(k in node for k in ("type", "properties", "allOf", "oneOf", "anyOf", "items"))
            if is_schema_object and "example" in node and "schema" not in node and not pointer.endswith("/properties"):
                validate_example(node["example"], node, pointer + "/example")
            for key, value in node.items():
                if key in ("example", "examples"):
                    continue
                walk(value, f"{pointer}/{escape(key)}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{pointer}/{index}")

    walk(root, "")
    return checked


def check_project_rules(docs, path, problems, operation_ids):
    root = docs.load(path)
    global_security = root.get("security")
    for route, item in (root.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            pointer = f"/paths/{escape(route)}/{method}"
            operation_id = operation.get("operationId")
            if not operation_id:
                problems.append(f"{path}#{pointer}: no operationId")
            elif operation_id in operation_ids:
                problems.append(f"{path}#{pointer}: operationId `{operation_id}` also used at {operation_ids[operation_id]}")
            else:
                operation_ids[operation_id] = f"{path}#{pointer}"
            if not operation.get("summary"):
                problems.append(f"{path}#{pointer}: no summary")
            if not operation.get("tags"):
                problems.append(f"{path}#{pointer}: no tags")
            if operation.get("security", global_security) is None:
                problems.append(f"{path}#{pointer}: no security requirement")
            for status, response in (operation.get("responses") or {}).items():
                if "$ref" in response:
                    response, _ = docs.resolve(response["$ref"], path)
                for media, content in (response.get("content") or {}).items():
                    if "json" in media and "example" not in content and not content.get("examples"):
                        problems.append(f"{path}#{pointer}/responses/{status}/content/{escape(media)}: JSON response without an example")


def main(argv):
    strict = "--strict-examples" in argv
    project_rules = "--project-rules" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        print(__doc__)
        return 2
    docs = Documents()
    operation_ids = {}
    passed = failed = 0
    for path in files:
        problems = []
        try:
            spec_dict, base_uri = read_from_filename(path)
            validate(spec_dict, base_uri=base_uri)
        except Exception as error:  # noqa: BLE001 - every validator failure is a problem to report
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            problems.append(f"{path}#: openapi-spec-validator: {message}")
        examples = check_examples(docs, path, strict, problems)
        if project_rules:
            check_project_rules(docs, path, problems, operation_ids)
        if problems:
            failed += 1
            for problem in problems:
                print(problem)
            print(f"FAIL {path} ({examples} examples checked, {len(problems)} problems)")
        else:
            passed += 1
            print(f"ok   {path} ({examples} examples checked)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
