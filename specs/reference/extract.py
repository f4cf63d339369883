"""Reads the models and operations of Citi's swagger-codegen clients into the reference files
that `cargo xtask fidelity` compares the specs with.

Usage: python3 specs/reference/extract.py CLONE [OUT_DIR]

CLONE is a checkout (or `git worktree`) of github.com/CitibankDemoBusiness/billiondollars;
OUT_DIR defaults to the folder of this script. For each client below it writes
`<market>-<product>.json`:

    {"source": "<folder of the client>",
     "models": {"Name": {"fields": [{"name": wire name, "type": client type,
                                     "required": bool, "enum": [values] (when the client has one)}]}},
     "operations": [{"id": client method, "method": "GET", "path": "/v1/...",
                     "body": model or null, "response": model or null,
                     "parameters": [{"name": wire name, "in": "header|query|path", "required": bool}]}]}

Fields and parameters keep the order the client declares them in (the order of the portal
definition the client was generated from). Only names, types, flags and enum values are read:
no descriptions, no code.
"""

import json
import os
import re
import sys

CLIENTS = [
    ("uk-money-movement", "United Kingdom-Money Movement (52)/csharp", "csharp"),
    ("india-accounts", "India-Accounts/java", "java"),
    ("australia-onboarding", "Australia-Onboarding/java", "java"),
]


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def sources(folder, suffix):
    for name in sorted(os.listdir(folder)):
        if name.endswith(suffix):
            yield name[: -len(suffix)], read(os.path.join(folder, name))


# --- Java (swagger-codegen 3, okhttp-gson) ---------------------------------------------------

def java_enums(text):
    """Enum classes declared in a model: name -> wire values."""
    enums = {}
    for match in re.finditer(r"public enum (\w+) \{(.*?);", text, re.S):
        enums[match.group(1)] = re.findall(r'\w+\("((?:[^"\\]|\\.)*)"\)', match.group(2))
    return enums


def java_models(folder):
    models = {}
    for name, text in sources(folder, ".java"):
        enums = java_enums(text)
        required_getters = set()
        for match in re.finditer(r"@(?:Schema|ApiModelProperty)\((.*?)\)\n\s*public \S+ (?:get|is)(\w+)\(\)", text):
            if re.search(r"required\s*=\s*true", match.group(1)):
                required_getters.add(match.group(2).lower())
        fields = []
        for match in re.finditer(r'@SerializedName\("([^"]+)"\)\s*private ([\w<>, .]+?) (\w+) = ', text):
            wire, java_type, variable = match.groups()
            field = {"name": wire, "type": java_type.replace(" ", ""), "required": variable.lower() in required_getters}
            if java_type in enums:
                field["type"] = "String"
                field["enum"] = enums[java_type]
            fields.append(field)
        models[name] = {"fields": fields}
    return models


def java_operations(folder):
    operations = []
    for _, text in sources(folder, ".java"):
        for block in re.split(r"\n    /\*\*\n     \* Build call for ", text)[1:]:
            operation_id = block.split("\n", 1)[0].strip()
            required = set(re.findall(r"@param (\w+) .*\(required\)", block.split("*/", 1)[0]))
            path = re.search(r'String localVarPath = "([^"]+)"', block).group(1)
            method = re.search(r'buildCall\(localVarPath, "(\w+)"', block).group(1)
            parameters = []
            for variable in re.findall(r'replaceAll\("\\\\\{" \+ "(\w+)" \+', block):
                parameters.append({"name": variable, "in": "path", "required": True})
            for wire, variable in re.findall(r'parameterToPairs?\((?:"[^"]*", )?"([^"]+)", (\w+)\)', block):
                parameters.append({"name": wire, "in": "query", "required": variable in required})
            for variable, wire in re.findall(r'if \((\w+) != null\)\s*localVarHeaderParams\.put\("([^"]+)"', block):
                if variable == "localVarAccept":
                    continue
                parameters.append({"name": wire, "in": "header", "required": variable in required})
            body = None
            signature = re.search(r"\n    public \S+ " + re.escape(operation_id) + r"\(([^)]*)\) throws ApiException", text)
            if "localVarPostBody = body" in block and signature:
                body = re.search(r"(\w+) body\b", signature.group(1)).group(1)
            response = re.search(r"public ApiResponse<(\w+)> " + re.escape(operation_id) + r"WithHttpInfo\(", text)
            operations.append({
                "id": operation_id,
                "method": method,
                "path": path,
                "body": body,
                "response": response.group(1) if response and response.group(1) != "Void" else None,
                "parameters": parameters,
            })
    return operations


# --- C# (swagger-codegen 3, RestSharp) -------------------------------------------------------

def csharp_models(folder):
    models = {}
    for name, text in sources(folder, ".cs"):
        enums = {}
        for match in re.finditer(r"public enum (\w+)\s*\{(.*?)\}", text, re.S):
            enums[match.group(1)] = re.findall(r'EnumMember\(Value = "((?:[^"\\]|\\.)*)"\)', match.group(2))
        members = {}
        for match in re.finditer(r'\[DataMember\(Name="([^"]+)"[^\]]*\]\s*(?:\[[^\]]*\]\s*)*public ([\w<>?, .]+?) (\w+) \{ get; set; \}', text):
            wire, cs_type, prop = match.groups()
            members[prop] = (wire, cs_type.replace(" ", ""))
        constructor = re.search(r"public " + re.escape(name) + r"\((.*?)\)\n        \{(.*?)\n        \}", text, re.S)
        order = []
        required = set()
        if constructor:
            # The constructor takes the properties in declaration order.
            assigned = {param: prop for prop, param in re.findall(r"this\.(\w+) = (\w+);", constructor.group(2))}
            for param in re.findall(r"(\w+) = default\(", constructor.group(1)):
                if param in assigned and assigned[param] not in order:
                    order.append(assigned[param])
            required = set(re.findall(r'to ensure "(\w+)" is required', constructor.group(2)))
        order += [prop for prop in members if prop not in order]
        fields = []
        for prop in order:
            if prop not in members:
                continue
            wire, cs_type = members[prop]
            field = {"name": wire, "type": cs_type, "required": wire in required}
            base = cs_type.rstrip("?")
            if base in enums:
                field["type"] = "string"
                field["enum"] = enums[base]
            fields.append(field)
        models[name] = {"fields": fields}
    return models


def csharp_operations(folder):
    operations = []
    for _, text in sources(folder, ".cs"):
        for match in re.finditer(r"public ApiResponse<\s*(\w+)\s*> (\w+)WithHttpInfo \(([^)]*)\)\s*\{(.*?)\n        \}", text, re.S):
            response, operation_id, signature, block = match.groups()
            required = set(re.findall(r"Missing required parameter '(\w+)'", block))
            parameters = []
            for wire, variable in re.findall(r'localVarPathParams\.Add\("([^"]+)", this\.Configuration\.ApiClient\.ParameterToString\((\w+)\)\)', block):
                parameters.append({"name": wire, "in": "path", "required": True})
            for wire, variable in re.findall(r'ParameterToKeyValuePairs\("[^"]*", "([^"]+)", (\w+)\)', block):
                parameters.append({"name": wire, "in": "query", "required": variable in required})
            for wire, variable in re.findall(r'localVarHeaderParams\.Add\("([^"]+)", this\.Configuration\.ApiClient\.ParameterToString\((\w+)\)\); // header parameter', block):
                parameters.append({"name": wire, "in": "header", "required": variable in required})
            body = re.search(r"(\w+) body\b", signature)
            operations.append({
                "id": operation_id,
                "method": re.search(r"Method\.(\w+)", block).group(1),
                "path": re.search(r'var localVarPath = "([^"]+)"', block).group(1),
                "body": body.group(1) if body else None,
                "response": response if response != "Object" else None,
                "parameters": parameters,
            })
    return operations


def render(reference):
    """JSON with one line per field and per operation, so that diffs stay readable."""
    line = lambda value: json.dumps(value, ensure_ascii=False)
    models = []
    for name, model in reference["models"].items():
        fields = ",\n".join("    " + line(field) for field in model["fields"])
        models.append(f'  {line(name)}: {{"fields": [\n{fields}\n  ]}}' if fields else f'  {line(name)}: {{"fields": []}}')
    operations = ",\n".join("  " + line(operation) for operation in reference["operations"])
    return (
        f'{{"source": {line(reference["source"])},\n"models": {{\n' + ",\n".join(models) + "\n},\n"
        f'"operations": [\n{operations}\n]}}\n'
    )


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    clone = argv[0]
    out = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    for file_name, folder, language in CLIENTS:
        root = os.path.join(clone, folder)
        if language == "java":
            models = java_models(os.path.join(root, "src/main/java/io/swagger/client/model"))
            operations = java_operations(os.path.join(root, "src/main/java/io/swagger/client/api"))
        else:
            models = csharp_models(os.path.join(root, "src/IO.Swagger/Model"))
            operations = csharp_operations(os.path.join(root, "src/IO.Swagger/Api"))
        operations.sort(key=lambda o: (o["path"], o["method"]))
        reference = {"source": folder, "models": models, "operations": operations}
        with open(os.path.join(out, file_name + ".json"), "w", encoding="utf-8") as handle:
            handle.write(render(reference))
        n_fields = sum(len(m["fields"]) for m in models.values())
        print(f"{file_name}.json: {len(models)} models, {n_fields} fields, {len(operations)} operations (from {folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
