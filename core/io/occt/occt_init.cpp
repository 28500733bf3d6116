#include "occt_init.h"

#include "parallel_healing.h"

#include <IGESCAFControl_Reader.hxx>
#include <IGESControl_Controller.hxx>
#include <Message.hxx>
#include <Message_Messenger.hxx>
#include <Message_PrinterOStream.hxx>
#include <STEPCAFControl_Controller.hxx>
#include <XCAFDoc_DocumentTool.hxx>

#include <mutex>

namespace wb::core::io {

void initOcctDataExchange() {
    static std::once_flag once;
    std::call_once(once, [] {
        STEPCAFControl_Controller::Init();
        IGESControl_Controller::Init();
        installParallelHealing();
        // The readers report statistics on the default messenger, which prints to stdout;
        // keep stdout clean for the CLI's JSON and send only failures to stderr.
        const Handle(Message_Messenger)& messenger = Message::DefaultMessenger();
        messenger->RemovePrinters(STANDARD_TYPE(Message_PrinterOStream));
        messenger->AddPrinter(new Message_PrinterOStream("cerr", Standard_False, Message_Fail));
    });
}

Handle(TDocStd_Document) newXcafDocument() {
    Handle(TDocStd_Document) doc = new TDocStd_Document("MDTV-XCAF");
    XCAFDoc_DocumentTool::Set(doc->Main(), Standard_False);
    return doc;
}

} // namespace wb::core::io
