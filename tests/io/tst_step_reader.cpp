// The project's STEP Part 21 reader against OCCT's own: for real files, files OCCT writes
// from every BREP sample and hand-written files with the syntax's corner cases, the loaded
// model must be the one OCCT's reader builds, entity for entity (compared as the STEP text
// OCCT writes back from each model). Files outside what the reader handles must be declined
// and then read by OCCT exactly as before.

#include "core/io/occt/step_importer.h"
#include "core/io/occt/step_reader.h"
#include "io_test_util.h"

#include <BRepTools.hxx>
#include <BRep_Builder.hxx>
#include <Interface_Check.hxx>
#include <Interface_Static.hxx>
#include <STEPControl_Controller.hxx>
#include <STEPControl_Writer.hxx>
#include <StepData_Protocol.hxx>
#include <StepData_StepModel.hxx>
#include <StepData_StepWriter.hxx>
#include <StepFile_Read.hxx>
#include <StepSelect_WorkLibrary.hxx>
#include <TopoDS_Shape.hxx>
#include <XSControl_Controller.hxx>

#include <sstream>

using namespace wb::core::io;
namespace fs = std::filesystem;
using namespace std::string_literals;

namespace {

const std::string kHeader = "ISO-10303-21;\nHEADER;\n"
                            "FILE_DESCRIPTION(('corner cases'),'2;1');\n"
                            "FILE_NAME('t.stp','2026-12-01T00:00:00',('a'),('b'),'p','s','');\n"
                            "FILE_SCHEMA(('AUTOMOTIVE_DESIGN { 1 0 10303 214 1 1 1 1 }'));\n"
                            "ENDSEC;\nDATA;\n";
const std::string kFooter = "ENDSEC;\nEND-ISO-10303-21;\n";

// A point, a unit set as a complex entity, a measure with a typed parameter: valid entities
// that the corner cases below refer to.
const std::string kBasics = "#1=CARTESIAN_POINT('',(0.,0.,0.));\n"
                            "#2=(LENGTH_UNIT()NAMED_UNIT(*)SI_UNIT(.MILLI.,.METRE.));\n"
                            "#3=LENGTH_MEASURE_WITH_UNIT(LENGTH_MEASURE(1.E-07),#2);\n";

std::string file(const std::string& data) {
    return kHeader + kBasics + data + kFooter;
}

Handle(StepData_Protocol) stepProtocol() {
    STEPControl_Controller::Init();
    return Handle(StepData_Protocol)::DownCast(XSControl_Controller::Recorded("STEP")->Protocol());
}

// The model: entity count, global checks, each entity's type and state, and (where OCCT can
// write it: its writer does not return on entities with syntax errors) the STEP text OCCT
// writes back from it.
std::string describe(const Handle(Interface_InterfaceModel) & model,
                     const Handle(StepData_Protocol) & protocol) {
    const Handle(StepData_StepModel) step = Handle(StepData_StepModel)::DownCast(model);
    if (step.IsNull()) return "(no model)";
    const Handle(Interface_Check)& check = step->GlobalCheck();
    std::string out = "entities " + std::to_string(step->NbEntities()) + ", fails " +
                      std::to_string(check->NbFails()) + ", warnings " +
                      std::to_string(check->NbWarnings()) + "\n";
    bool writable = check->NbFails() == 0;
    for (int i = 1; i <= step->NbEntities(); ++i) {
        out += step->TypeName(step->Value(i));
        if (step->IsErrorEntity(i) || step->IsRedefinedContent(i)) {
            out += " (error)";
            writable = false;
        }
        if (step->IsUnknownEntity(i)) out += " (unknown)";
        out += "\n";
    }
    if (!writable) return out;
    StepData_StepWriter writer(step);
    writer.SendModel(protocol);
    std::ostringstream text;
    writer.Print(text);
    return out + text.str();
}

struct Outcome {
    int status = 0;
    std::string model;
};

Outcome readWithOcct(const fs::path& path, const Handle(StepData_Protocol) & protocol) {
    StepSelect_WorkLibrary library;
    Handle(Interface_InterfaceModel) model;
    Outcome out;
    out.status = library.ReadFile(path.c_str(), model, protocol);
    if (out.status == 0) out.model = describe(model, protocol);
    return out;
}

Outcome readWithProject(const fs::path& path, const Handle(StepData_Protocol) & protocol) {
    Handle(FastStepWorkLibrary) library = new FastStepWorkLibrary;
    Handle(Interface_InterfaceModel) model;
    Outcome out;
    out.status = library->ReadFile(path.c_str(), model, protocol);
    if (out.status == 0) out.model = describe(model, protocol);
    return out;
}

StepReadStatus fastStatus(const fs::path& path, const Handle(StepData_Protocol) & protocol,
                          std::string& why) {
    Handle(StepData_StepModel) model = new StepData_StepModel;
    return readStepModel(path.c_str(), model, protocol, &why);
}

// The first line where two texts differ, for a readable failure.
QByteArray firstDifference(const std::string& a, const std::string& b) {
    std::istringstream x(a), y(b);
    std::string lx, ly;
    for (int line = 1;; ++line) {
        const bool gx = static_cast<bool>(std::getline(x, lx));
        const bool gy = static_cast<bool>(std::getline(y, ly));
        if (!gx && !gy) return "identical";
        if (!gx || !gy || lx != ly)
            return QByteArray::fromStdString("line " + std::to_string(line) +
                                             ":\n  occt:    " + lx + "\n  project: " + ly);
    }
}

} // namespace

class TestStepReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Handle(StepData_Protocol) m_protocol;
    std::vector<fs::path> m_written;

    fs::path put(const std::string& name, const std::string& bytes) {
        const fs::path path = fs::path(m_dir.path().toStdString()) / name;
        wb::test::writeFile(path, bytes);
        return path;
    }

    void compareWithOcct(const fs::path& path, bool expectFast) {
        std::string why;
        const StepReadStatus status = fastStatus(path, m_protocol, why);
        if (expectFast)
            QVERIFY2(status == StepReadStatus::Read, ("declined: " + why).c_str());
        else
            QVERIFY2(status == StepReadStatus::Declined, "read although it should be declined");
        const Outcome occt = readWithOcct(path, m_protocol);
        const Outcome ours = readWithProject(path, m_protocol);
        QCOMPARE(ours.status, occt.status);
        QVERIFY2(ours.model == occt.model, firstDifference(occt.model, ours.model).constData());
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        initStepExchange();
        m_protocol = stepProtocol();
        QVERIFY(!m_protocol.IsNull());
        // Every BREP sample written by OCCT as STEP, in two schemas: many entity types,
        // complex entities, typed parameters, B-splines and long lists.
        int n = 0;
        for (const auto& entry : fs::directory_iterator(wb::test::kOcctData / "occ")) {
            if (entry.path().extension() != ".brep" || fs::file_size(entry.path()) > 600'000)
                continue;
            TopoDS_Shape shape;
            BRep_Builder builder;
            if (!BRepTools::Read(shape, entry.path().c_str(), builder) || shape.IsNull()) continue;
            for (const char* schema : {"AP214CD", "AP203"}) {
                Interface_Static::SetCVal("write.step.schema", schema);
                STEPControl_Writer writer;
                if (writer.Transfer(shape, STEPControl_AsIs) != IFSelect_RetDone) continue;
                const fs::path out = fs::path(m_dir.path().toStdString()) /
                                     (entry.path().stem().string() + "_" + schema + ".step");
                if (writer.Write(out.c_str()) == IFSelect_RetDone) m_written.push_back(out);
            }
            ++n;
        }
        Interface_Static::SetCVal("write.step.schema", "AP214CD");
        QVERIFY2(n >= 5, "too few BREP samples to write");
    }

    void realFiles_data() {
        QTest::addColumn<QString>("path");
        for (const char* name : {"step/screw.step", "step/linkrods.step"})
            QTest::newRow(name) << QString::fromStdString((wb::test::kOcctData / name).string());
        const fs::path sample = fs::path(WB_BINARY_DIR) / "resources/samples/sample_assembly.step";
        QTest::newRow("sample") << QString::fromStdString(sample.string());
    }
    void realFiles() {
        QFETCH(QString, path);
        compareWithOcct(path.toStdString(), true);
    }

    void writtenFiles() {
        QVERIFY(m_written.size() >= 10);
        for (const fs::path& path : m_written) {
            compareWithOcct(path, true);
            if (QTest::currentTestFailed()) qWarning() << "in" << path.c_str();
        }
    }

    // Syntax the reader must take and read exactly as OCCT does.
    void cornerCases_data() {
        QTest::addColumn<QByteArray>("bytes");
        const auto row = [](const char* name, const std::string& bytes) {
            QTest::newRow(name) << QByteArray::fromStdString(bytes);
        };
        row("plain", file(""));
        row("comments", "/* before */" + kHeader + "/* c */" + kBasics +
                            "/* a */#4=/* c */CARTESIAN_POINT/* d */(/* e */'p'"
                            ",(/**/1./***/,2. /* x * / y */,3.)/* g */)/* h */;\n" +
                            kFooter);
        row("strings", file("#4=PRODUCT('it''s, (fine)','two\nlines\r\nhere','a\"quote'"
                            ",(#5));\n#5=PRODUCT_CONTEXT('' ,#6,'x');\n"
                            "#6=APPLICATION_CONTEXT('semi;colon /* not a comment */ $ * #9');\n"
                            "#7=PRODUCT('ends at the quote'   \n  ,'b','c',());\n"));
        row("numbers", file("#4=CARTESIAN_POINT('',(-1.5,+2.,1.5E-3,-1.E+05,12.345E10,0.));\n"
                            "#5=B_SPLINE_CURVE_WITH_KNOTS('',+3,(#1,#1,#1,#1),.UNSPECIFIED.,"
                            ".F.,.U.,(4,-0,007),(0.,1.),.UNSPECIFIED.);\n"));
        row("enums, void, derived, binary",
            file("#4=SURFACE_STYLE_USAGE(.BOTH.,$);\n#5=NAMED_UNIT(*);\n"
                 "#6=DRAUGHTING_PRE_DEFINED_COLOUR(\"3FF\");\n#7=DIMENSIONAL_EXPONENTS(1.,0.,0.,"
                 "0.,0.,0.,0.);\n#8=PRODUCT('a','b',$,(#9,$,*));\n"));
        row("nested and empty lists",
            file("#4=B_SPLINE_SURFACE_WITH_KNOTS('',1,1,((#1,#1),(#1,#1)),.UNSPECIFIED.,.F.,"
                 ".F.,.F.,(2,2),(2,2),(0.,1.),(0.,1.),.UNSPECIFIED.);\n"
                 "#5=PRODUCT('a','b','',());\n#6=X_LIST(((()),((#1),())),(((1))));\n"));
        row("typed parameters",
            file("#4=MEASURE_REPRESENTATION_ITEM('',POSITIVE_LENGTH_MEASURE(2.5),#2);\n"
                 "#5=VALUE_LIST((LENGTH_MEASURE(1.),RATIO_MEASURE((1.,2.)),IDENTIFIER('x')));\n"));
        row("complex entities",
            file("#4=(BOUNDED_SURFACE()B_SPLINE_SURFACE(1,1,((#1,#1),(#1,#1)),.UNSPECIFIED.,"
                 ".F.,.F.,.F.)B_SPLINE_SURFACE_WITH_KNOTS((2,2),(2,2),(0.,1.),(0.,1.),"
                 ".UNSPECIFIED.)GEOMETRIC_REPRESENTATION_ITEM()RATIONAL_B_SPLINE_SURFACE(((1.,1.),"
                 "(1.,1.)))REPRESENTATION_ITEM('')SURFACE());\n"
                 "#5=( GEOMETRIC_REPRESENTATION_CONTEXT(3) GLOBAL_UNIT_ASSIGNED_CONTEXT((#2)) "
                 "REPRESENTATION_CONTEXT('','') );\n"));
        row("large instance numbers", file("#123456789=CARTESIAN_POINT('',(1.,2.,3.));\n"
                                           "#99=VERTEX_POINT('',#123456789);\n"));
        row("forward and missing references",
            file("#4=VERTEX_POINT('',#5);\n#5=CARTESIAN_POINT('',(1.,2.,3.));\n"
                 "#6=VERTEX_POINT('',#777);\n"));
        row("unknown entity types", file("#4=NOT_A_STEP_TYPE(1,'x',(2.,#1));\n"
                                         "#5=lower_case_type(1);\n"));
        std::string crlf = file("#4=CARTESIAN_POINT('',(1.,2.,3.));\n");
        for (std::size_t at = 0; (at = crlf.find('\n', at)) != std::string::npos; at += 2)
            crlf.replace(at, 1, "\r\n");
        row("CRLF", crlf);
        row("tabs and NUL between tokens",
            file("#4\t=\tCARTESIAN_POINT\t(\t'',\t(1.,\0 2.,3.\t)\t)\t;\n"s));
        row("lower-case keywords", "iso-10303-21;\nheader;\nFILE_DESCRIPTION((''),'2;1');\n"
                                   "endsec;\ndata;\n" +
                                       kBasics + "endsec;\nend-iso-10303-21;\n");
        row("empty header", "ISO-10303-21;\nHEADER;\nENDSEC;\nDATA;\n" + kBasics + kFooter);
        row("text after the end", file("") + "trailing ' text (not read) /* \n\x01\x02");
        row("no line breaks", [] {
            std::string one = file("#4=CARTESIAN_POINT('',(1.,2.,3.));");
            for (char& c : one)
                if (c == '\n') c = ' ';
            return one;
        }());
    }
    void cornerCases() {
        QFETCH(QByteArray, bytes);
        compareWithOcct(put("case.step", bytes.toStdString()), true);
    }

    // Syntax the reader leaves to OCCT: the result must be OCCT's own, failure included.
    void declined_data() {
        QTest::addColumn<QByteArray>("bytes");
        const auto row = [](const char* name, const std::string& bytes) {
            QTest::newRow(name) << QByteArray::fromStdString(bytes);
        };
        row("scope", file("#4=PRODUCT('a','b','',()) &SCOPE #5=CARTESIAN_POINT('',(1.,2.,3.)); "
                          "ENDSCOPE;\n"));
        row("user-defined entity", file("#4=!MY_ENTITY(1);\n"));
        row("lower-case exponent", file("#4=CARTESIAN_POINT('',(1.0e-5,0.,0.));\n"));
        row("no digit before the point", file("#4=CARTESIAN_POINT('',(.5,-.5,0.));\n"));
        row("exponent without point", file("#4=CARTESIAN_POINT('',(1E5,15E3,0.));\n"));
        row("lone sign", file("#4=CARTESIAN_POINT('',(-,0.,0.));\n"));
        row("comment before '='", file("#4 /* c */ =CARTESIAN_POINT('',(1.,2.,3.));\n"));
        row("line break before '='", file("#4\n=CARTESIAN_POINT('',(1.,2.,3.));\n"));
        row("missing semicolon", file("#4=CARTESIAN_POINT('',(1.,2.,3.))\n#5=NAMED_UNIT(*);\n"));
        row("trailing comma", file("#4=CARTESIAN_POINT('',(1.,2.,3.,));\n"));
        row("empty parameter", file("#4=CARTESIAN_POINT('',(1.,,3.));\n"));
        row("quote comma inside a string", file("#4=PRODUCT('a'',b','c','d',());\n"));
        row("quote then double quote then comma", file("#4=PRODUCT('a'\",'b','c',());\n"));
        row("string without end", file("#4=PRODUCT('abc);\n"));
        row("comment without end", file("/* open\n"));
        row("ENDSTEP", kHeader + kBasics + "ENDSEC;\nENDSTEP;\n");
        row("truncated", file("#4=CARTESIAN_POINT('',(1.,2.").substr(0, kHeader.size() + 60));
        row("no END-ISO", kHeader + kBasics + "ENDSEC;\n");
        row("byte order mark", "\xEF\xBB\xBF" + file(""));
        row("data section with parameters",
            "ISO-10303-21;\nHEADER;\nENDSEC;\nDATA('x',('y'));\n" + kBasics + kFooter);
        row("binary garbage",
            std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(200, '\xff'));
        row("empty", "");
    }
    void declined() {
        QFETCH(QByteArray, bytes);
        compareWithOcct(put("declined.step", bytes.toStdString()), false);
    }

    // Lists nested deeper than any real file are left to OCCT (whose writer cannot write such a
    // model back, so only the outcome is compared).
    void deepNesting() {
        const fs::path path = put("deep.step", file("#4=X_LIST(" + std::string(300, '(') +
                                                    std::string(300, ')') + ");\n"));
        std::string why;
        QVERIFY(fastStatus(path, m_protocol, why) == StepReadStatus::Declined);
        QVERIFY2(why.find("nested") != std::string::npos, why.c_str());
        StepSelect_WorkLibrary occt;
        Handle(FastStepWorkLibrary) ours = new FastStepWorkLibrary;
        Handle(Interface_InterfaceModel) a, b;
        QCOMPARE(ours->ReadFile(path.c_str(), b, m_protocol),
                 occt.ReadFile(path.c_str(), a, m_protocol));
        QVERIFY(!a.IsNull() && !b.IsNull());
        QCOMPARE(b->NbEntities(), a->NbEntities());
    }

    // The reason for declining names what and where.
    void declineReason() {
        const fs::path path = put("reason.step", file("#4=CARTESIAN_POINT('',(1.0e-5,0.,0.));\n"));
        std::string why;
        QVERIFY(fastStatus(path, m_protocol, why) == StepReadStatus::Declined);
        QVERIFY2(why.find("number") != std::string::npos, why.c_str());
        QVERIFY2(why.find("line 11") != std::string::npos, why.c_str());
    }
};

QTEST_GUILESS_MAIN(TestStepReader)
#include "tst_step_reader.moc"
