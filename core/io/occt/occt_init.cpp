#include "occt_init.h"

#include "parallel_healing.h"

#include <Message.hxx>
#include <Message_Messenger.hxx>
#include <Message_PrinterOStream.hxx>

namespace wb::core::io {

namespace {

void routeMessages() {
    const Handle(Message_Messenger)& messenger = Message::DefaultMessenger();
    messenger->RemovePrinters(STANDARD_TYPE(Message_PrinterOStream));
    messenger->AddPrinter(new Message_PrinterOStream("cerr", Standard_False, Message_Fail));
}

} // namespace

void initTranslator(std::once_flag& once, void (*initController)()) {
    std::call_once(once, [initController] {
        static std::mutex setUpLock;
        const std::lock_guard lock(setUpLock);
        initController();
        installParallelHealing();
        static std::once_flag messages;
        std::call_once(messages, routeMessages);
    });
}

} // namespace wb::core::io
