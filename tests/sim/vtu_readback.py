"""Reads result.vtu back with VTK and compares it with result.json.

usage: vtu_readback.py RESULT_DIR...

For each folder: the cell count equals `voxels`, and the minimum and maximum of every field
(vectors by magnitude) equal result.json's `min` and `max` within float32 rounding. Exits 1
naming the first difference, 2 when VTK's Python bindings are missing.
"""
import json
import sys

try:
    import vtk
except ImportError as e:
    print(f"vtu_readback: VTK's Python bindings are missing for {sys.executable} ({e}); "
          "install python3-vtk9 (make deps)", file=sys.stderr)
    sys.exit(2)

# result.vtu stores Float32: allow its rounding, relative to the field's own scale.
RELATIVE = 1e-6


class Errors:
    def __init__(self):
        self.messages = []

    def check(self, ok, message):
        if not ok:
            self.messages.append(message)


def read_grid(path, errors):
    header = open(path, "rb").read(200).decode("ascii", "replace")
    errors.check('header_type="UInt64"' in header, f"{path}: no 64-bit header_type")
    reader = vtk.vtkXMLUnstructuredGridReader()
    reader.SetFileName(path)
    reader.Update()
    errors.check(reader.GetErrorCode() == 0, f"{path}: VTK reports error {reader.GetErrorCode()}")
    return reader.GetOutput()


def compare(folder, errors):
    summary = json.load(open(f"{folder}/result.json"))
    grid = read_grid(f"{folder}/result.vtu", errors)
    cells = grid.GetNumberOfCells()
    errors.check(cells == summary["voxels"] and cells > 0,
                 f"{folder}: {cells} cells in result.vtu, voxels {summary['voxels']} in result.json")
    material = grid.GetCellData().GetArray("material")
    errors.check(material is not None and material.GetNumberOfTuples() == cells,
                 f"{folder}: no material per cell")
    points = grid.GetPointData()
    names = sorted(set(summary["min"]) | set(summary["max"]))
    errors.check(len(names) > 0, f"{folder}: result.json has no extremes")
    for index in range(points.GetNumberOfArrays()):
        name = points.GetArrayName(index)
        errors.check(name in names or name == "principal_stress",
                     f"{folder}: field {name} of result.vtu has no extremes in result.json")
    for name in names:
        array = points.GetArray(name)
        errors.check(array is not None, f"{folder}: field {name} missing from result.vtu")
        if array is None:
            continue
        lo, hi = array.GetRange(0 if array.GetNumberOfComponents() == 1 else -1)
        scale = max(abs(lo), abs(hi), 1e-300)
        for kind, value in (("min", lo), ("max", hi)):
            if name not in summary[kind]:
                continue
            expected = summary[kind][name]["value"]
            errors.check(abs(value - expected) <= RELATIVE * scale,
                         f"{folder}: {kind} of {name} is {value} in result.vtu, "
                         f"{expected} in result.json")
        print(f"{folder}: {name} [{lo:.9g}, {hi:.9g}] matches")
    print(f"{folder}: {cells} cells")


def main():
    errors = Errors()
    for folder in sys.argv[1:]:
        compare(folder, errors)
    for message in errors.messages:
        print(message, file=sys.stderr)
    return 1 if errors.messages or len(sys.argv) < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
