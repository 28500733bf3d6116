// Colours of placed parts, as OCCT's XCAF presents them: a node's own colour wins over its
// part's, a part's colour from the file wins over an enclosing node's, and a face's own colour
// (Mesh::faceColors, packed 0xRRGGBBAA) wins over all. Plain C++: a failed check prints its
// line and the test returns 1.

#include "core/model/assembly.h"

#include <iostream>
#include <map>

using namespace wb::core;

namespace {

int failures = 0;

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::cerr << __FILE__ << ":" << __LINE__ << ": " #condition " is false\n";             \
            ++failures;                                                                            \
        }                                                                                          \
    } while (0)

const Color kGrey{0.5f, 0.5f, 0.5f, 1}, kGreen{0, 0.8f, 0, 1}, kBlue{0, 0, 1, 1};

void instanceColours() {
    Assembly a;
    Part coloured;
    coloured.name = "grey part";
    coloured.color = kGrey;
    coloured.hasColor = true;
    const int grey = a.addPart(coloured);
    const int plain = a.addPart(Part{"plain part", nullptr, {}, false});
    const int group = a.addNode(0, "green group");
    a.nodes()[group].color = kGreen;
    const int greyHere = a.addNode(group, "grey", {}, grey);
    const int plainHere = a.addNode(group, "plain", {}, plain);
    const int blueHere = a.addNode(group, "blue", {}, grey);
    a.nodes()[blueHere].color = kBlue;
    const int outside = a.addNode(0, "outside", {}, plain);
    std::map<int, Color> colourAt;
    for (const Instance& instance : a.instances())
        colourAt[instance.node] = instance.color;
    CHECK(colourAt.size() == 4);
    CHECK(colourAt[greyHere] == kGrey);   // the part's own colour beats the group's
    CHECK(colourAt[plainHere] == kGreen); // a part without one takes the group's
    CHECK(colourAt[blueHere] == kBlue);   // the instance's own colour beats the part's
    CHECK(colourAt[outside] == Color{});  // nothing coloured: the default
    // Asked for below the group, the group's colour still counts.
    for (const Instance& instance : a.instances(plainHere))
        CHECK(instance.color == kGreen);
}

void packedColours() {
    CHECK(packColor(Color{1, 0, 0, 1}) == 0xff0000ffu);
    CHECK(packColor(Color{0, 0, 0, 0}) == 0x00000001u);     // never 0, which means "none"
    CHECK(packColor(Color{2, -1, 0.5f, 1}) == 0xff0080ffu); // clamped, rounded
    const Color back = unpackColor(0x336699ffu);
    CHECK(back == (Color{0x33 / 255.0f, 0x66 / 255.0f, 0x99 / 255.0f, 1}));
    CHECK(packColor(back) == 0x336699ffu);
    Mesh mesh;
    mesh.faceCount = 2;
    mesh.faceColors = {0, 0xff0000ffu};
    CHECK(mesh.faceColor(0) == 0 && mesh.faceColor(1) == 0xff0000ffu);
    CHECK(mesh.faceColor(-1) == 0 && mesh.faceColor(2) == 0); // out of range: none
}

} // namespace

int main() {
    instanceColours();
    packedColours();
    if (failures) {
        std::cerr << "tst_assembly_colours: " << failures << " check(s) failed\n";
        return 1;
    }
    std::cout << "tst_assembly_colours: all checks passed\n";
    return 0;
}
