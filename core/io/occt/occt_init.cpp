#include "occt_init.h"

#include <Message.hxx>
#include <Message_Messenger.hxx>
#include <Message_PrinterOStream.hxx>

#include <mutex>

namespace wb::core::io {

void initOcctMessages() {
    static std::once_flag once;
    std::call_once(once, [] {
        const Handle(Message_Messenger)& messenger = Message::DefaultMessenger();
        messenger->RemovePrinters(STANDARD_TYPE(Message_PrinterOStream));
        messenger->AddPrinter(new Message_PrinterOStream("cerr", Standard_False, Message_Fail));
    });
}

std::mutex& controllerSetUpLock() {
    static std::mutex lock;
    return lock;
}

} // namespace wb::core::io
