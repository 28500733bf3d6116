// Paths of nodes in the assembly tree: siblings that share a name get "#2", "#3", ... in child
// order (never a name another sibling has), '/' and backslashes in names are escaped, every
// path leads back to its node, and a file merged into a scene keeps its paths below its top
// node. Plain C++: a failed check prints its line and the test returns 1.

#include "core/model/assembly.h"
#include "core/model/assembly_merge.h"

#include <iostream>
#include <set>
#include <string>

using wb::core::Assembly;

namespace {

int failures = 0;

#define CHECK_EQ(a, b)                                                                             \
    do {                                                                                           \
        const auto va_ = (a);                                                                      \
        const auto vb_ = (b);                                                                      \
        if (!(va_ == vb_)) {                                                                       \
            std::cerr << __FILE__ << ":" << __LINE__ << ": " #a " is '" << va_ << "', expected '"  \
                      << vb_ << "'\n";                                                             \
            ++failures;                                                                            \
        }                                                                                          \
    } while (0)

/// Every node's path leads back to it, paths() agrees with path(), and no two are equal.
void checkRoundTrip(const Assembly& a, int ancestor = 0) {
    const std::vector<std::string> all = a.paths(ancestor);
    std::set<std::string> seen;
    for (int n = 0; n < int(a.nodes().size()); ++n) {
        int up = n;
        while (up > 0 && up != ancestor)
            up = a.node(up).parent;
        if (up != ancestor || n == ancestor) continue; // not below `ancestor`
        CHECK_EQ(all[n], a.path(n, ancestor));
        CHECK_EQ(a.nodeAtPath(all[n], ancestor), n);
        CHECK_EQ(seen.insert(all[n]).second, true);
    }
}

void sameNamedSiblings() {
    Assembly a;
    const int frame = a.addNode(0, "Frame");
    const int bolt1 = a.addNode(frame, "Bolt", {}, -1);
    const int bolt2 = a.addNode(frame, "Bolt");
    const int nut = a.addNode(frame, "Nut");
    const int bolt3 = a.addNode(frame, "Bolt");
    const int literal = a.addNode(frame, "Bolt#2"); // a name that looks like a number
    const int inner = a.addNode(bolt2, "Shank");
    CHECK_EQ(a.path(bolt1), std::string("Frame/Bolt"));
    CHECK_EQ(a.path(bolt2), std::string("Frame/Bolt#3")); // "Bolt#2" is a sibling's name
    CHECK_EQ(a.path(nut), std::string("Frame/Nut"));
    CHECK_EQ(a.path(bolt3), std::string("Frame/Bolt#4"));
    CHECK_EQ(a.path(literal), std::string("Frame/Bolt#2"));
    CHECK_EQ(a.path(inner), std::string("Frame/Bolt#3/Shank"));
    CHECK_EQ(a.path(frame), std::string("Frame"));
    CHECK_EQ(a.path(0), std::string());
    CHECK_EQ(a.path(inner, bolt2), std::string("Shank"));
    checkRoundTrip(a);
    checkRoundTrip(a, frame);

    // Two plain twins: the first keeps its name.
    Assembly twins;
    const int left = twins.addNode(0, "Wheel"), right = twins.addNode(0, "Wheel");
    CHECK_EQ(twins.path(left), std::string("Wheel"));
    CHECK_EQ(twins.path(right), std::string("Wheel#2"));
    CHECK_EQ(twins.nodeAtPath("Wheel#2"), right);
    CHECK_EQ(twins.nodeAtPath("Wheel#3"), -1);
    CHECK_EQ(twins.nodeAtPath("Wheel/Spoke"), -1);
    // Same names under different parents are no siblings.
    const int axle = twins.addNode(left, "Axle"), other = twins.addNode(right, "Axle");
    CHECK_EQ(twins.path(axle), std::string("Wheel/Axle"));
    CHECK_EQ(twins.path(other), std::string("Wheel#2/Axle"));
}

void slashesAndBackslashes() {
    Assembly a;
    const int slashed = a.addNode(0, "M6/20");
    const int child = a.addNode(slashed, "x");
    const int back = a.addNode(0, "C:\\part");
    const int lookalike = a.addNode(0, "M6"); // "M6" + child "20" would have been "M6/20"
    const int twenty = a.addNode(lookalike, "20");
    CHECK_EQ(a.path(child), std::string("M6\\/20/x"));
    CHECK_EQ(a.path(back), std::string("C:\\\\part"));
    CHECK_EQ(a.path(twenty), std::string("M6/20"));
    CHECK_EQ(a.nodeAtPath("M6\\/20/x"), child);
    CHECK_EQ(a.nodeAtPath("M6/20"), twenty);
    checkRoundTrip(a);
}

void mergedSceneKeepsFilePaths() {
    auto file = std::make_shared<Assembly>();
    const int top = file->addNode(0, "Assy");
    file->addNode(top, "Bolt");
    const int second = file->addNode(top, "Bolt");
    auto scene = wb::core::mergeAssemblies({{"a.step", file}, {"a.step", file}});
    const int fileNode = scene->node(0).children.at(1); // the second copy
    const int copy = scene->nodeAtPath("a.step#2/Assy/Bolt#2");
    CHECK_EQ(copy > 0, true);
    CHECK_EQ(scene->path(copy, fileNode), file->path(second));
    CHECK_EQ(scene->nodeAtPath(file->path(second), fileNode), copy);
    checkRoundTrip(*scene);
}

void manyTwinsStayFast() {
    // Numbers per repeated name continue where they stopped: no quadratic search.
    Assembly a;
    for (int i = 0; i < 20000; ++i)
        a.addNode(0, "Rivet");
    const std::vector<std::string> all = a.paths();
    CHECK_EQ(all[1], std::string("Rivet"));
    CHECK_EQ(all[20000], std::string("Rivet#20000"));
    CHECK_EQ(a.nodeAtPath("Rivet#777"), 777);
}

} // namespace

int main() {
    sameNamedSiblings();
    slashesAndBackslashes();
    mergedSceneKeepsFilePaths();
    manyTwinsStayFast();
    if (failures) {
        std::cerr << "tst_assembly_paths: " << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "tst_assembly_paths: all checks passed\n";
    return 0;
}
